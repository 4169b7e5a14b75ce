/** The working-day calendar of IRS deadlines: weekends and legal holidays (IRC 7503). */
package io.taxrecon.core.calendar;
