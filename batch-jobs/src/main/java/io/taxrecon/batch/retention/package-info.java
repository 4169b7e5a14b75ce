/**
 * Retention and disposal: {@code purge} removes the nights before a date, {@code forget} removes one
 * client from every night, each from the staging store, the job repository and the output folder.
 */
package io.taxrecon.batch.retention;
