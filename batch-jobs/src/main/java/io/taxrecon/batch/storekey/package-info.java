/**
 * The staging store's encryption at rest: where its key comes from (the environment, an
 * owner-only key file, or a throwaway key for the demo and the bench), the file system H2 opens
 * the store through (H2's encrypted-file format, the JDK's AES), and each problem turned into one
 * line before the application starts.
 */
package io.taxrecon.batch.storekey;
