/** The account of one TIN and tax year as the transcript shows it: its balance on any date. */
package io.taxrecon.core.accounts;
