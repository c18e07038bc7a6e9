package org.hyperedge.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hyperedge.master.seal.OperatorKeyFile;
import org.hyperedge.master.seal.OperatorKeys;
import org.hyperedge.master.Master;
import org.hyperedge.protocol.seal.SealingKeyPair;
import org.hyperedge.protocol.seal.SealingPublicKey;
import org.hyperedge.protocol.seal.Unsealer;

/**
 * {@code operators ...}: the keys nodes seal secret connection values to. The master knows public keys only;
 * an operator's private key stays in their configuration directory ({@code --operator-key FILE}).
 */
final class OperatorCommands {

    private final OperatorKeys keys;
    private final Path keyFile;
    private final PrintStream out;
    private final PrintStream err;

    OperatorCommands(Master master, Path keyFile, PrintStream out, PrintStream err) {
        this.keys = master.operatorKeys();
        this.keyFile = keyFile;
        this.out = out;
        this.err = err;
    }

    /** The operator's key at hand, to open values sealed to it: none when the file is absent or {@code none}. */
    static Unsealer unsealer(Path keyFile) {
        return OperatorKeyFile.find(keyFile).map(Unsealer::new).orElse(Unsealer.NONE);
    }

    int operators(List<String> args) {
        String action = args.isEmpty() ? "list" : args.get(0);
        List<String> rest = args.isEmpty() ? args : args.subList(1, args.size());
        switch (action) {
            case "list" -> {
                Arguments.parse(rest, List.of(), List.of());
                Table table = new Table("NAME", "KEY ID", "PUBLIC KEY", "ADDED");
                keys.list().forEach(k -> table.add(k.name(), k.key().id(), k.key().text(), k.addedAt()));
                table.print(out);
                if (keys.list().isEmpty()) {
                    out.println("No operator keys: secret values are sealed to linked nodes only. "
                            + "./hyperedge operators enroll adds yours.");
                }
                return Main.OK;
            }
            case "add" -> {
                Arguments parsed = Arguments.parse(rest, List.of(), List.of());
                if (parsed.positional().size() != 2) {
                    throw new UsageException("operators add needs NAME and PUBLIC-KEY");
                }
                SealingPublicKey key = SealingPublicKey.parse(parsed.positional().get(1));
                boolean added = keys.add(parsed.positional().get(0), key);
                out.println(added ? "added operator '" + parsed.positional().get(0) + "' (key " + key.id()
                        + "): nodes seal secret values to it from their next desired state"
                        : "operator '" + parsed.positional().get(0) + "' already has key " + key.id());
                return Main.OK;
            }
            case "remove" -> {
                Arguments parsed = Arguments.parse(rest, List.of(), List.of());
                if (parsed.positional().size() != 1) {
                    throw new UsageException("operators remove needs NAME");
                }
                if (!keys.remove(parsed.positional().get(0))) {
                    err.println("hyperedge: no operator '" + parsed.positional().get(0) + "'");
                    return Main.REFUSED;
                }
                out.println("removed operator '" + parsed.positional().get(0) + "': new values are no longer sealed to "
                        + "its key (what it already opened, it knows)");
                return Main.OK;
            }
            case "enroll" -> {
                Arguments parsed = Arguments.parse(rest, List.of("name"), List.of());
                if (OperatorKeyFile.NONE.equals(keyFile.toString())) {
                    throw new org.hyperedge.cli.input.InputRefused("operators enroll needs a key file to write, not --operator-key none; "
                            + "give --operator-key FILE or leave it out for ~/.config/hyperedge/operator.key");
                }
                boolean existed = Files.exists(keyFile);
                SealingKeyPair pair = SealingKeyPair.loadOrCreate(keyFile);
                String name = keys.enroll(parsed.option("name") == null ? OperatorKeyFile.defaultName() : parsed.option("name"),
                        pair.publicKey());
                out.println((existed ? "your operator key " : "made your operator key ") + pair.publicKey().id() + " in "
                        + keyFile + " (keep it private: it opens every value sealed to it)");
                out.println("this master seals to it as operator '" + name + "'; public key: " + pair.publicKey().text());
                return Main.OK;
            }
            default -> throw new UsageException("operators needs list, add, remove or enroll, not '" + action + "'");
        }
    }
}
