package org.hyperedge.agent.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.hyperedge.agent.AgentOptions;
import org.hyperedge.agent.runtime.UnixUsers.Account;
import org.hyperedge.agent.testing.AgentHarness;
import org.hyperedge.agent.testing.Eventually;
import org.hyperedge.agent.testing.Tenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spare accounts an agent running as root keeps so that a new tenant's start runs no {@code useradd}: a new
 * tenant takes one made ahead; a spare a process runs as is never given to a tenant; spares an agent killed on the
 * way left are checked at its next start, the bad ones removed; a clean stop removes them all.
 */
class SpareAccountsTest {

    private static final Duration READY = Duration.ofSeconds(30);
    private static final int PARTITIONS = 3;

    @TempDir
    Path dir;
    Path agentData;
    final List<UnixUsers> opened = new ArrayList<>();
    final List<Process> sleepers = new ArrayList<>();

    @BeforeEach
    void agentDirectory() throws Exception {
        assumeTrue(AgentOptions.runsAsRoot(), "partition users exist only when the agent runs as root");
        agentData = AgentHarness.agentDirectory(dir);
    }

    @AfterEach
    void removeEveryAccount() throws Exception {
        for (Process sleeper : sleepers) {
            sleeper.destroyForcibly().waitFor();
        }
        for (UnixUsers users : opened) {
            users.removeAll();
        }
        if (agentData != null) {
            new UnixUsers(true, agentData).removeAll();
            assertEquals(Set.of(), agentUsers(), "no account of the test's agent is left on the machine");
        }
    }

    @Test
    void aNewTenantTakesASpareMadeAheadAndItsStartMakesNoUser() throws Exception {
        List<String> spares = sparesMadeByAnAgentThatStopped();
        Account spare = SystemUsers.lookup(spares.get(0)).orElseThrow();
        Set<String> before = agentUsers();
        UnixUsers users = open();

        long begin = System.nanoTime();
        Account tenant = users.freshAccount("p000").orElseThrow();
        long ms = (System.nanoTime() - begin) / 1_000_000;

        assertEquals(spare, tenant, "the tenant has the oldest spare, as it was made before the tenant came");
        assertEquals(before, agentUsers(), "no user was made or removed for the tenant");
        assertEquals(List.of(spares.get(1)), users.spares(), "the other spare is still one");
        Path book = agentData.resolve("private").resolve(AccountBook.FILE);
        assertTrue(Files.readAllLines(book).contains("tenant p000 " + tenant.name()), "the agent recorded whose it is");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(book, LinkOption.NOFOLLOW_LINKS)));
        assertEquals("root", Files.getOwner(book, LinkOption.NOFOLLOW_LINKS).getName());
        assertEquals(tenant, users.existing("p000").orElseThrow(), "the partition's account is the tenant's");
        System.out.println("a new tenant's account from a spare: " + ms + " ms");
    }

    @Test
    void aSpareThatAProcessRunsAsIsNeverGivenToATenantAndIsRemovedWhenChecked() throws Exception {
        List<String> spares = sparesMadeByAnAgentThatStopped();
        Account occupied = SystemUsers.lookup(spares.get(0)).orElseThrow();
        Process sleeper = new ProcessBuilder("setpriv", "--reuid=" + occupied.uid(), "--regid=" + occupied.gid(),
                "--clear-groups", "--", "sleep", "100000").start();
        sleepers.add(sleeper);
        Eventually.holds(READY, () -> !Tenant.processes(occupied.uid()).isEmpty(), "a process running as spare " + occupied.name());
        UnixUsers users = open();

        Account first = users.freshAccount("p000").orElseThrow();
        Account second = users.freshAccount("p001").orElseThrow();

        for (Account tenant : List.of(first, second)) {
            assertNotEquals(occupied.name(), tenant.name(), "a tenant never gets the spare a process runs as");
            assertNotEquals(occupied.uid(), tenant.uid(), "nor its uid");
            assertEquals(List.of(), Tenant.processes(tenant.uid()), "the tenant's uid runs no process");
        }
        assertEquals(spares.get(1), first.name(), "the first tenant has the clean spare");

        users.keepSpares(PARTITIONS); // the agent's next start checks what was left unchecked
        Eventually.holds(READY, () -> !sleeper.isAlive() && !Tenant.userExists(occupied.name()),
                "the occupied spare removed, with the process that ran as it");
        assertFalse(users.spares().contains(occupied.name()));
    }

    @Test
    void sparesAnAgentKilledOnTheWayLeftAreCheckedAtItsNextStartTheGoneOnesForgotten() throws Exception {
        List<String> spares = sparesMadeByAnAgentThatStopped();
        // one spare was removed behind the agent's back; a user was made and the agent killed before it recorded it a spare
        SystemUsers.remove(spares.get(0));
        AccountBook book = AccountBook.load(agentData.resolve("private"));
        String madeUnrecorded = book.reserve(new UnixUsers(true, agentData).prefix());
        book.save();
        SystemUsers.create(madeUnrecorded);
        UnixUsers users = open();

        users.keepSpares(PARTITIONS);
        Eventually.holds(READY, () -> users.spares().size() == UnixUsers.MAX_SPARES && !users.spares().contains(spares.get(0)),
                "the spares checked and made up again");

        assertTrue(users.spares().containsAll(List.of(spares.get(1), madeUnrecorded)),
                "the existing, clean ones are spares again: " + users.spares());
        assertFalse(Files.readString(agentData.resolve("private").resolve(AccountBook.FILE)).contains(spares.get(0)),
                "the gone spare is forgotten");
        Account tenant = users.freshAccount("p000").orElseThrow();
        assertTrue(Tenant.userExists(tenant.name()), "a tenant gets an account that exists");
    }

    @Test
    void aUseraddAKilledAgentLeftRunningEndsInASpareAtTheNextStartNotInAnUnknownUser() throws Exception {
        AccountBook book = AccountBook.load(agentData.resolve("private"));
        String name = book.reserve(new UnixUsers(true, agentData).prefix());
        book.save();
        // the killed agent's useradd goes on without it, a while yet: perl under useradd's name sleeps, then execs it
        Path slowUseradd = dir.resolve("bin").resolve("useradd");
        Files.createDirectories(slowUseradd.getParent());
        Files.copy(Path.of("/usr/bin/perl"), slowUseradd);
        Process orphan = new ProcessBuilder(slowUseradd.toString(), "-e", "sleep 1; exec 'useradd', @ARGV", "--", "--system",
                "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", "--user-group", name)
                .redirectErrorStream(true).start();
        sleepers.add(orphan);
        UnixUsers users = open();

        users.keepSpares(PARTITIONS);
        Eventually.holds(READY, () -> users.spares().size() == UnixUsers.MAX_SPARES, "the spares checked and made up");

        assertTrue(orphan.waitFor() == 0 && Tenant.userExists(name), "the orphan useradd made its user");
        assertTrue(users.spares().contains(name), "the user it made is a spare the agent knows: " + users.spares());
    }

    @Test
    void aCleanStopRemovesTheSparesAndTheDestroyedTenantsAccountIsGoneForGood() throws Exception {
        UnixUsers users = open();
        users.keepSpares(PARTITIONS);
        Eventually.holds(READY, () -> users.spares().size() == UnixUsers.MAX_SPARES, "the spares made");
        Account tenant = users.freshAccount("p000").orElseThrow();

        users.remove("p000");
        Account next = users.freshAccount("p000").orElseThrow();
        users.close();

        assertFalse(Tenant.userExists(tenant.name()), "the destroyed tenant's user is removed");
        assertNotEquals(tenant.name(), next.name(), "the partition's next tenant has another account");
        assertEquals(Set.of(next.name()), agentUsers(), "after a stop, only the running tenant's account is left");
    }

    /** The spares an agent made before it stopped making them (as a killed agent leaves them). */
    private List<String> sparesMadeByAnAgentThatStopped() throws Exception {
        UnixUsers maker = open();
        maker.keepSpares(PARTITIONS);
        Eventually.holds(READY, () -> maker.spares().size() == UnixUsers.MAX_SPARES, UnixUsers.MAX_SPARES + " spares made in the background");
        maker.stopMakingSpares();
        opened.remove(maker);
        List<String> spares = maker.spares();
        for (String name : spares) {
            assertEquals(List.of(), Tenant.processes(SystemUsers.lookup(name).orElseThrow().uid()), "spare " + name + " runs nothing");
        }
        return spares;
    }

    private UnixUsers open() {
        UnixUsers users = new UnixUsers(true, agentData);
        opened.add(users);
        return users;
    }

    /** The users of /etc/passwd named as this agent names its tenants' accounts. */
    private Set<String> agentUsers() throws Exception {
        String prefix = new UnixUsers(true, agentData).prefix();
        Set<String> names = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("/etc/passwd"))) {
            String name = line.split(":")[0];
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                names.add(name);
            }
        }
        return names;
    }
}
