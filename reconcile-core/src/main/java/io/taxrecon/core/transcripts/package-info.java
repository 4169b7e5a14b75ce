/** Account-transcript transactions and the transaction-code catalog that says what each means. */
package io.taxrecon.core.transcripts;
