/** The reconciliation engine: one client's records in, its findings and the evidence out. */
package io.taxrecon.core.engine;
