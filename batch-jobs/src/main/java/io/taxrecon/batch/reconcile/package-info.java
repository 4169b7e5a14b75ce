/** The reconcile step: client ranges, each client assembled from the staging store, judged by the engine and written. */
package io.taxrecon.batch.reconcile;
