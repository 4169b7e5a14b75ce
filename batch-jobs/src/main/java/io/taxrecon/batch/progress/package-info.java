/** What a running step has done, its rate and the time left, on the terminal and in the log. */
package io.taxrecon.batch.progress;
