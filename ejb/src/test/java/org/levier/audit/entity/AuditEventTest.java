package org.levier.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    private static final Instant AT = Instant.parse("2026-03-31T08:00:00.123456Z");

    private static AuditEvent event(long seq, Instant at, String summary, String prevHash) {
        return new AuditEvent(seq, at, "auditor@levier.example", "AUDITOR", "login", "User", "42", summary,
                "{\"attempts\":1}", prevHash);
    }

    private static void alter(AuditEvent event, String field, Object value) throws ReflectiveOperationException {
        Field f = AuditEvent.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(event, value);
    }

    @Test
    void aNewEventIsIntactAndItsHashIsSha256Hex() {
        AuditEvent event = event(1, AT, "Signed in", ChainHash.GENESIS);

        assertThat(event.isIntact()).isTrue();
        assertThat(event.getHash()).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void theHashIsDeterministic() {
        assertThat(event(1, AT, "Signed in", ChainHash.GENESIS).getHash())
                .isEqualTo(event(1, AT, "Signed in", ChainHash.GENESIS).getHash());
    }

    @Test
    void everyFieldTakesPartInTheHash() {
        String original = event(1, AT, "Signed in", ChainHash.GENESIS).getHash();

        assertThat(event(1, AT, "Signed in!", ChainHash.GENESIS).getHash()).isNotEqualTo(original);
        assertThat(event(2, AT, "Signed in", ChainHash.GENESIS).getHash()).isNotEqualTo(original);
        assertThat(event(1, AT.plusNanos(1_000), "Signed in", ChainHash.GENESIS).getHash()).isNotEqualTo(original);
        assertThat(event(1, AT, "Signed in", "1".repeat(64)).getHash()).isNotEqualTo(original);
        assertThat(new AuditEvent(1, AT, "auditor@levier.example", "ADMIN", "login", "User", "42", "Signed in",
                "{\"attempts\":1}", ChainHash.GENESIS).getHash()).isNotEqualTo(original);
        assertThat(new AuditEvent(1, AT, "auditor@levier.example", "AUDITOR", "login", "User", "42", "Signed in",
                null, ChainHash.GENESIS).getHash()).isNotEqualTo(original);
    }

    @Test
    void fieldBoundariesCannotBeShiftedToForgeTheSameHash() {
        AuditEvent a = new AuditEvent(1, AT, "ab", null, "c", null, null, "s", null, ChainHash.GENESIS);
        AuditEvent b = new AuditEvent(1, AT, "a", null, "bc", null, null, "s", null, ChainHash.GENESIS);

        assertThat(a.getHash()).isNotEqualTo(b.getHash());
    }

    @Test
    void anAlteredSummaryBreaksTheStoredHash() throws ReflectiveOperationException {
        AuditEvent event = event(7, AT, "Dossier submitted", ChainHash.GENESIS);

        alter(event, "summary", "Dossier rejected");

        assertThat(event.isIntact()).isFalse();
    }

    @Test
    void anAlteredInstantBreaksTheStoredHashEvenByOneMicrosecond() throws ReflectiveOperationException {
        AuditEvent event = event(7, AT, "Dossier submitted", ChainHash.GENESIS);

        alter(event, "occurredAt", AT.plusNanos(1_000));

        assertThat(event.isIntact()).isFalse();
    }

    @Test
    void aRecreatedEventWithAnAlteredSummaryCannotReuseTheOriginalHash() throws ReflectiveOperationException {
        AuditEvent genuine = event(3, AT, "Amount 1000.00", ChainHash.GENESIS);
        AuditEvent forged = event(3, AT, "Amount 9000.00", ChainHash.GENESIS);

        assertThat(forged.getHash()).isNotEqualTo(genuine.getHash());
        alter(forged, "hash", genuine.getHash());
        assertThat(forged.isIntact()).isFalse();
    }

    @Test
    void eventsChainByTheirHashes() {
        AuditEvent first = event(1, AT, "first", ChainHash.GENESIS);
        AuditEvent second = event(2, AT.plusSeconds(1), "second", first.getHash());

        assertThat(second.getPrevHash()).isEqualTo(first.getHash());
        assertThat(second.isIntact()).isTrue();
        assertThat(ChainHash.GENESIS).isEqualTo("0".repeat(64));
    }

    @Test
    void sha256MatchesTheKnownVector() {
        assertThat(ChainHash.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
