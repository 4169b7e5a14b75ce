/**
 * The staging store's encryption at rest: where its key comes from (the environment, an
 * owner-only key file, or a throwaway key for the demo and the bench) and the H2 settings that
 * open the store with it, each problem turned into one line before the application starts.
 */
package io.taxrecon.batch.storekey;
