/**
 * Penalties and interest recomputed from the transcript (SPEC "Penalties, interest and the
 * collection statute"): an account timeline per TIN-year, failure to file and failure to pay by
 * month, interest compounded daily by quarter's rate, and the charges a payment finding caused.
 * Every figure keeps its month-by-month or period-by-period detail so a reviewer can follow it.
 */
package io.taxrecon.core.accruals;
