/**
 * First-Time Abatement (IRM 20.1.1.3.3.2.1): which failure-to-file and failure-to-pay penalties
 * the IRS would remove on request, with the three prior years as evidence, and where the records
 * fall short of confirming it.
 */
package io.taxrecon.core.abatement;
