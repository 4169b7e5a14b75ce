/** IRS notices: their codes, collection stage, deadlines and status on the run date. */
package io.taxrecon.core.notices;
