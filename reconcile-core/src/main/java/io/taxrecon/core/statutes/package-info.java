/**
 * The collection statute (IRC 6502): each assessment with its collection statute expiration date
 * (CSED) and the suspensions that moved it, and the COLLECTION_STATUTE findings.
 */
package io.taxrecon.core.statutes;
