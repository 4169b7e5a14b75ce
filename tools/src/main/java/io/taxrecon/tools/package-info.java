/** The command line of the tools that ship beside the product, never in it: the generator and the benchmark. */
package io.taxrecon.tools;
