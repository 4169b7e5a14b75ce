/** The staging store's shared parts: the run a row belongs to and the indexes the reconcile step reads by. */
package io.taxrecon.batch.staging;
