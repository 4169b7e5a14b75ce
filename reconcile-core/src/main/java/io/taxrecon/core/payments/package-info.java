/** Payments: the client's records matched against the IRS's credits, or why none matched. */
package io.taxrecon.core.payments;
