/** Findings: their types, severities (by rule, from a catalog) and the wording of their explanations. */
package io.taxrecon.core.findings;
