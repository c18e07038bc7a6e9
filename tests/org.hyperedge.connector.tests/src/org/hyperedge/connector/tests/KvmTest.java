package org.hyperedge.connector.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.hyperedge.agent.software.HostCommands;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.sync.InstanceReports.Reported;
import org.hyperedge.protocol.report.ReportCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code request kvm my_vm}: a virtual machine booting the guest its install made from the host's kernel and busybox,
 * with the memory, CPUs and disk asked for; its forwarded port answers, its serial console is the instance's log.
 */
class KvmTest extends SiteTest {

    /** A guest booted by software emulation on a loaded machine takes its time. */
    private static final Duration READY = Duration.ofSeconds(240);


    @BeforeEach
    void startSite() throws Exception {
        assumeTrue(HostCommands.resolve("qemu-system-x86_64").isPresent() && HostCommands.resolve("busybox").isPresent()
                && HostCommands.resolve("cpio").isPresent() && HostCommands.resolve("curl").isPresent() && hostKernel(),
                "QEMU, busybox or a kernel for the guest is not installed on this machine: sudo apt-get install -y "
                        + "--no-install-recommends qemu-system-x86 busybox-static cpio curl linux-image-cloud-amd64");
        site = new TestSite(dir);
    }

    @Test
    void requestedByItsShortNameTheGuestBootsWithWhatWasAskedAndAnswersOnItsForwardedPort() throws Exception {
        // given: a node, and a virtual machine requested by its short name with 128 MB, one CPU and a 2 GB disk
        String node = site.agent("node-a");
        site.connector.start(Duration.ofMillis(200));
        InstanceRecord vm = site.requests.request(Request.root("my_vm", "kvm", "default",
                ReportCodec.JSON.createObjectNode().put("memory-mb", 128).put("cpus", 1).put("disk-gb", 2))
                .withSla(Map.of("node", node)));

        // when: its promises pass
        Reported started = site.await(vm.id(), "started", true, READY);
        URI url = URI.create(ReportCodec.JSON.readTree(started.connectionJson()).path("url").asText());

        // then: the guest's page, over the forwarded port, says it has what was asked for
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        java.util.regex.Matcher guest = java.util.regex.Pattern.compile("hyperedge guest up: 1 CPU, ([0-9]+) MB of memory, disk 2048 MB")
                .matcher(page.body());
        assertTrue(guest.find(), page.body());
        int memory = Integer.parseInt(guest.group(1)); // what the guest's kernel has left of the 128 MB it was given
        assertTrue(memory > 64 && memory <= 128, page.body());
        assertEquals("builtin:kvm", vm.releaseId());
        assertEquals(Boolean.TRUE, PromiseResults.last(site, vm.id(), "guest-answers").ok());
        // and its serial console is the instance's log: the kernel's boot and the guest's own lines
        String console = site.connector.tailLog(node, vm.partition(), "vm", 200);
        assertTrue(console.contains("guest: serving HTTP on port 8080"), console);
    }

    /** A kernel the install can boot: readable, with virtio's network module beside it. */
    private static boolean hostKernel() throws IOException {
        if (!Files.isDirectory(Path.of("/boot"))) {
            return false;
        }
        try (DirectoryStream<Path> kernels = Files.newDirectoryStream(Path.of("/boot"), "vmlinuz-*")) {
            for (Path kernel : kernels) {
                String version = kernel.getFileName().toString().substring("vmlinuz-".length());
                Path module = Path.of("/lib/modules", version, "kernel/drivers/net/virtio_net.ko");
                if (Files.isReadable(kernel) && (Files.exists(module) || Files.exists(Path.of(module + ".xz"))
                        || Files.exists(Path.of(module + ".zst")))) {
                    return true;
                }
            }
        }
        return false;
    }
}
