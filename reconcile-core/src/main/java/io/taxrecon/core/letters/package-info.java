/** Draft responses to IRS notices: whether a notice warrants one, and what it says (no document format). */
package io.taxrecon.core.letters;
