/** Values parsed strictly from input text: amounts, dates, TINs, tax years, notice codes and where each came from. */
package io.taxrecon.core.values;
