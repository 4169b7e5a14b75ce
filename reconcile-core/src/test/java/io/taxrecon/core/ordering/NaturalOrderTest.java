package io.taxrecon.core.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void digitRunsCompareAsNumbers() {
        List<String> ids = new ArrayList<>(List.of("D10", "D9", "D1", "C2", "D01"));
        ids.sort(NaturalOrder.INSTANCE);
        assertThat(ids).containsExactly("C2", "D01", "D1", "D9", "D10");
    }
}
