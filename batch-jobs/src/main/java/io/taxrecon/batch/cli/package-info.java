/** The command line: a night's run, the remote worker, their options and the one-line reasons a run prints. */
package io.taxrecon.batch.cli;
