/** Income: IRS information returns against the return's figures, category by category and box by box. */
package io.taxrecon.core.income;
