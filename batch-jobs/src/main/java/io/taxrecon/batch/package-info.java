/** The Spring Boot application of the nightly reconciliation: the job, its settings and its catalogs as beans. */
package io.taxrecon.batch;
