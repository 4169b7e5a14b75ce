package io.taxrecon.batch.ingest;

import java.util.Arrays;

/**
 * Row identities (line, hash) in growing primitive arrays, sorted on demand: a million rows
 * take 16 MB, not the hundred a set of boxed pairs would; with each its rejected flag and, when
 * known, its client (a shared String per client).
 */
final class RowIdentities {

    private long[] lines = new long[1024];
    private long[] hashes = new long[1024];
    private boolean[] rejected = new boolean[1024];
    private String[] clients = new String[1024];
    private int size;

    void add(long line, long hash, boolean isRejected) {
        add(line, hash, isRejected, null);
    }

    /** Adds an identity with the client of its row (the same String for the same client, to keep the heap small). */
    void add(long line, long hash, boolean isRejected, String client) {
        if (size == lines.length) {
            int capacity = size * 2;
            lines = Arrays.copyOf(lines, capacity);
            hashes = Arrays.copyOf(hashes, capacity);
            rejected = Arrays.copyOf(rejected, capacity);
            clients = Arrays.copyOf(clients, capacity);
        }
        lines[size] = line;
        hashes[size] = hash;
        rejected[size] = isRejected;
        clients[size] = client;
        size++;
    }

    int size() {
        return size;
    }

    long line(int i) {
        return lines[i];
    }

    long hash(int i) {
        return hashes[i];
    }

    boolean rejected(int i) {
        return rejected[i];
    }

    /** The client of the row, when it was added with one. */
    String client(int i) {
        return clients[i];
    }

    /** Sorts by line, then hash; rows read in file order are almost sorted already, so that case is checked first. */
    RowIdentities sorted() {
        for (int i = 1; i < size; i++) {
            if (compare(i - 1, i) > 0) {
                sort(0, size - 1);
                break;
            }
        }
        return this;
    }

    /** Whether (line, hash) is among these identities, once {@link #sorted()}. */
    boolean contains(long line, long hash) {
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = compare(lines[mid], hashes[mid], line, hash);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    int compare(int i, int j) {
        return compare(lines[i], hashes[i], lines[j], hashes[j]);
    }

    static int compare(long lineA, long hashA, long lineB, long hashB) {
        int c = Long.compare(lineA, lineB);
        return c != 0 ? c : Long.compare(hashA, hashB);
    }

    private void sort(int from, int to) {
        while (from < to) {
            int i = from;
            int j = to;
            int mid = (from + to) >>> 1;
            long pivotLine = lines[mid];
            long pivotHash = hashes[mid];
            while (i <= j) {
                while (compare(lines[i], hashes[i], pivotLine, pivotHash) < 0) {
                    i++;
                }
                while (compare(lines[j], hashes[j], pivotLine, pivotHash) > 0) {
                    j--;
                }
                if (i <= j) {
                    swap(i++, j--);
                }
            }
            // recurse into the smaller side, loop on the larger: the stack stays shallow
            if (j - from < to - i) {
                sort(from, j);
                from = i;
            } else {
                sort(i, to);
                to = j;
            }
        }
    }

    private void swap(int i, int j) {
        long l = lines[i];
        lines[i] = lines[j];
        lines[j] = l;
        long h = hashes[i];
        hashes[i] = hashes[j];
        hashes[j] = h;
        boolean r = rejected[i];
        rejected[i] = rejected[j];
        rejected[j] = r;
        String c = clients[i];
        clients[i] = clients[j];
        clients[j] = c;
    }
}
