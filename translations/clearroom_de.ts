<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BuildInfo</name>
    <message>
        <source>syntax highlighting: yes (KSyntaxHighlighting)</source>
        <translation>Syntaxhervorhebung: ja (KSyntaxHighlighting)</translation>
    </message>
    <message>
        <source>syntax highlighting: no</source>
        <translation>Syntaxhervorhebung: nein</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2), %3</source>
        <translation>Qt %1 (erstellt mit %2), %3</translation>
    </message>
</context>
<context>
    <name>WorkerRuns</name>
    <message>
        <source>No thread could be started for this work: the system is at its limit of threads or memory. Close other work (windows, searches, programs) and try again.</source>
        <translation>Für diese Arbeit konnte kein Thread gestartet werden: Das System ist an seiner Grenze für Threads oder Speicher. Beenden Sie andere Arbeit (Fenster, Suchen, Programme) und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>clearroom::cli::ArgumentParser</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown option &apos;--%1&apos;.</source>
        <translation>unbekannte Option „--%1“.</translation>
    </message>
    <message>
        <source>the option &apos;--%1&apos; takes no value.</source>
        <translation>die Option „--%1“ nimmt keinen Wert an.</translation>
    </message>
    <message>
        <source>the option &apos;--%1&apos; needs a value.</source>
        <translation>die Option „--%1“ braucht einen Wert.</translation>
    </message>
    <message>
        <source>unknown option &apos;-%1&apos;.</source>
        <translation>unbekannte Option „-%1“.</translation>
    </message>
    <message>
        <source>the option &apos;-%1&apos; needs a value.</source>
        <translation>die Option „-%1“ braucht einen Wert.</translation>
    </message>
</context>
<context>
    <name>clearroom::cli::AuditLogCommand</name>
    <message numerus="yes">
        <source>The audit log verifies: %n entries, chain and tables agree; head %1
</source>
        <translation>
            <numerusform>Das Audit-Protokoll ist gültig: %n Eintrag, Kette und Tabellen stimmen überein; Kopf %1
</numerusform>
            <numerusform>Das Audit-Protokoll ist gültig: %n Einträge, Kette und Tabellen stimmen überein; Kopf %1
</numerusform>
        </translation>
    </message>
    <message>
        <source>No package was exported from this workspace yet.
</source>
        <translation>Aus diesem Arbeitsbereich wurde noch kein Paket exportiert.
</translation>
    </message>
    <message>
        <source>package %1: %2, created %3</source>
        <translation>Paket %1: %2, erstellt %3</translation>
    </message>
    <message>
        <source>  previous package: %1</source>
        <translation>  vorheriges Paket: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>  signer: %1, certificate SHA-256 %2</source>
        <translation>  Unterzeichner: %1, Zertifikat-SHA-256 %2</translation>
    </message>
    <message>
        <source>  file: %1, %2 bytes, SHA-256 %3</source>
        <translation>  Datei: %1, %2 Bytes, SHA-256 %3</translation>
    </message>
    <message>
        <source>  audit-log head: %1</source>
        <translation>  Kopf des Audit-Protokolls: %1</translation>
    </message>
    <message>
        <source>Usage: clearroom-cli log COMMAND WORKSPACE

  verify WORKSPACE
      check the audit log&apos;s hash chain and replay it against the workspace&apos;s
      tables; exit status 0 when they agree, otherwise 1 and the first entry
      or row that disagrees
  export WORKSPACE [--hashes]
      print the log, one JSON line per entry (with --hashes, each line after
      its entry&apos;s hash and a space)
  packages WORKSPACE
      list the packages exported from the workspace, oldest first: id, previous
      package, signer, file, size, SHA-256 and the audit-log head each carries
      (each recorded by a &apos;package.export&apos; entry of the log)

Entry n&apos;s hash is SHA-256 over entry n-1&apos;s hash as 64 lowercase hex digits,
a newline, and line n (the first entry&apos;s previous hash is 64 zeros). Whoever
can write the workspace file can rewrite the whole chain: what anchors it is
the head hash recorded in each signed package.
</source>
        <translation>Aufruf: clearroom-cli log BEFEHL ARBEITSBEREICH

  verify ARBEITSBEREICH
      die Hash-Kette des Audit-Protokolls prüfen und es gegen die Tabellen des
      Arbeitsbereichs nachspielen; Exit-Status 0, wenn sie übereinstimmen, sonst
      1 und der erste Eintrag oder die erste Zeile, die abweicht
  export ARBEITSBEREICH [--hashes]
      das Protokoll ausgeben, eine JSON-Zeile je Eintrag (mit --hashes jede
      Zeile nach dem Hash ihres Eintrags und einem Leerzeichen)
  packages ARBEITSBEREICH
      die aus dem Arbeitsbereich exportierten Pakete auflisten, älteste zuerst:
      ID, vorheriges Paket, Unterzeichner, Datei, Größe, SHA-256 und der Kopf
      des Audit-Protokolls, den jedes enthält (jedes durch einen Eintrag
      „package.export“ im Protokoll festgehalten)

Der Hash von Eintrag n ist SHA-256 über den Hash von Eintrag n-1 als 64
kleingeschriebene Hex-Ziffern, einen Zeilenumbruch und Zeile n (der vorige Hash
des ersten Eintrags sind 64 Nullen). Wer die Datei des Arbeitsbereichs schreiben
kann, kann die ganze Kette neu schreiben: verankert wird sie durch den Kopf-Hash,
den jedes signierte Paket festhält.
</translation>
    </message>
</context>
<context>
    <name>clearroom::cli::BlameCommand</name>
    <message>
        <source>repo blame: -L &apos;%1&apos;: regular expressions are not supported; give line numbers.</source>
        <translation>repo blame: -L „%1“: reguläre Ausdrücke werden nicht unterstützt; geben Sie Zeilennummern an.</translation>
    </message>
    <message>
        <source>repo blame: -L &apos;%1&apos; is an empty range.</source>
        <translation>repo blame: -L „%1“ ist ein leerer Bereich.</translation>
    </message>
    <message>
        <source>repo blame: -L &apos;%1&apos;: %2 is not a line number (lines count from 1).</source>
        <translation>repo blame: -L „%1“: %2 ist keine Zeilennummer (Zeilen zählen ab 1).</translation>
    </message>
    <message>
        <source>repo blame: -L &apos;%1&apos;: function names and regular expressions are not supported; give line numbers.</source>
        <translation>repo blame: -L „%1“: Funktionsnamen und reguläre Ausdrücke werden nicht unterstützt; geben Sie Zeilennummern an.</translation>
    </message>
    <message>
        <source>repo blame: -L &apos;%1&apos; is not a range such as &apos;a,b&apos;, &apos;a,+n&apos; or &apos;a,-n&apos;.</source>
        <translation>repo blame: -L „%1“ ist kein Bereich wie „a,b“, „a,+n“ oder „a,-n“.</translation>
    </message>
    <message numerus="yes">
        <source>repo blame: -L &apos;%1&apos; lies beyond the end of &apos;%2&apos;, which has only %n line(s).</source>
        <translation>
            <numerusform>repo blame: -L „%1“ liegt hinter dem Ende von „%2“, das nur %n Zeile hat.</numerusform>
            <numerusform>repo blame: -L „%1“ liegt hinter dem Ende von „%2“, das nur %n Zeilen hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>repo blame: name one revision, then &apos;--&apos; and one file.</source>
        <translation>repo blame: nennen Sie eine Revision, dann „--“ und eine Datei.</translation>
    </message>
    <message>
        <source>repo blame: name a revision and a file (REV -- PATH); the work tree is never read, so a revision is needed.</source>
        <translation>repo blame: nennen Sie eine Revision und eine Datei (REV -- PFAD); das Arbeitsverzeichnis wird nie gelesen, daher ist eine Revision nötig.</translation>
    </message>
    <message>
        <source>repo blame: &apos;%1&apos; is a folder; blame needs a file.</source>
        <translation>repo blame: „%1“ ist ein Ordner; blame braucht eine Datei.</translation>
    </message>
    <message>
        <source>Usage: clearroom-cli [-C REPO] repo blame [options] REV [--] PATH

Shows which commit last changed each line of PATH in REV, exactly as
&apos;git blame&apos; does (renames followed, merges passed to each parent in turn).

  -L a,b            only lines a to b (also &apos;a,+n&apos;, &apos;a,-n&apos;, &apos;a&apos;, &apos;,b&apos;);
                    may be given more than once
  -p, --porcelain   git&apos;s format for programs
  --line-porcelain  the same, with the commit&apos;s details on every line
  -l                whole commit ids
  -s                no author and date
  -e, --show-email  the author&apos;s e-mail address instead of the name
  -n, --show-number the line number in the commit that is blamed
  -f, --show-name   the file name in the commit that is blamed
  -w                ignore white space when comparing lines
  --root            blame root commits instead of marking them with &apos;^&apos;
  --no-cache        do not use Clearroom&apos;s commit-graph cache

When &apos;clearroom-cli repo cache build&apos; made a commit-graph cache for the
repository, blame reads parents and dates from it and passes the lines of
commits that certainly leave the file alone to their first parent without
reading trees; the output is the same. CLEARROOM_NO_CACHE=1 turns it off
like --no-cache.
</source>
        <translation>Aufruf: clearroom-cli [-C REPO] repo blame [Optionen] REV [--] PFAD

Zeigt, welcher Commit jede Zeile von PFAD in REV zuletzt geändert hat, genau
wie „git blame“ (Umbenennungen werden verfolgt, Merges geben Zeilen der Reihe
nach an jeden Elternteil weiter).

  -L a,b            nur die Zeilen a bis b (auch „a,+n“, „a,-n“, „a“, „,b“);
                    darf mehrfach angegeben werden
  -p, --porcelain   das Format von git für Programme
  --line-porcelain  dasselbe, mit den Angaben zum Commit in jeder Zeile
  -l                vollständige Commit-IDs
  -s                ohne Autor und Datum
  -e, --show-email  die E-Mail-Adresse des Autors statt des Namens
  -n, --show-number die Zeilennummer im verantwortlichen Commit
  -f, --show-name   der Dateiname im verantwortlichen Commit
  -w                Leerraum beim Vergleich von Zeilen nicht beachten
  --root            Wurzel-Commits verantwortlich machen, statt sie mit „^“ zu markieren
  --no-cache        Clearrooms Commit-Graph-Cache nicht benutzen

Wenn „clearroom-cli repo cache build“ einen Commit-Graph-Cache für das
Repository erstellt hat, liest blame Eltern und Daten daraus und gibt die
Zeilen von Commits, die die Datei sicher nicht berühren, an ihren ersten
Elternteil weiter, ohne Bäume zu lesen; die Ausgabe bleibt dieselbe.
CLEARROOM_NO_CACHE=1 schaltet ihn ab wie --no-cache.
</translation>
    </message>
</context>
<context>
    <name>clearroom::cli::CacheCommand</name>
    <message>
        <source>repo cache: name one of build, drop or status.</source>
        <translation>repo cache: nennen Sie eines von build, drop oder status.</translation>
    </message>
    <message numerus="yes">
        <source>Built the commit-graph cache &apos;%1&apos;: %n commit(s), %2 taken over from the cache before, %3 with a changed-path filter.
</source>
        <translation>
            <numerusform>Commit-Graph-Cache „%1“ erstellt: %n Commit, %2 aus dem bisherigen Cache übernommen, %3 mit einem Filter der geänderten Pfade.
</numerusform>
            <numerusform>Commit-Graph-Cache „%1“ erstellt: %n Commits, %2 aus dem bisherigen Cache übernommen, %3 mit einem Filter der geänderten Pfade.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the commit-graph cache &apos;%1&apos;.
</source>
        <translation>Commit-Graph-Cache „%1“ gelöscht.
</translation>
    </message>
    <message>
        <source>There is no commit-graph cache &apos;%1&apos;.
</source>
        <translation>Es gibt keinen Commit-Graph-Cache „%1“.
</translation>
    </message>
    <message numerus="yes">
        <source>The commit-graph cache &apos;%1&apos; holds %n commit(s).
</source>
        <translation>
            <numerusform>Der Commit-Graph-Cache „%1“ enthält %n Commit.
</numerusform>
            <numerusform>Der Commit-Graph-Cache „%1“ enthält %n Commits.
</numerusform>
        </translation>
    </message>
    <message>
        <source>It covers every ref and HEAD.
</source>
        <translation>Er deckt jede Ref und HEAD ab.
</translation>
    </message>
    <message numerus="yes">
        <source>It is stale: %n ref(s) or HEAD name commits it does not hold (they are read from the repository; &apos;repo cache build&apos; adds them).
</source>
        <translation>
            <numerusform>Er ist veraltet: %n Ref oder HEAD nennt Commits, die er nicht enthält (sie werden aus dem Repository gelesen; „repo cache build“ fügt sie hinzu).
</numerusform>
            <numerusform>Er ist veraltet: %n Refs oder HEAD nennen Commits, die er nicht enthält (sie werden aus dem Repository gelesen; „repo cache build“ fügt sie hinzu).
</numerusform>
        </translation>
    </message>
    <message>
        <source>The objects are not recorded as verified: they are hashed as they are read (&apos;repo cache build&apos; verifies them once).
</source>
        <translation>Die Objekte sind nicht als geprüft verzeichnet: Sie werden beim Lesen gehasht („repo cache build“ prüft sie einmal).
</translation>
    </message>
    <message numerus="yes">
        <source>The objects were verified once: %n pack(s) and %1 loose object(s) recorded in &apos;%2&apos;.
</source>
        <translation>
            <numerusform>Die Objekte wurden einmal geprüft: %n Pack und %1 lose Objekte in „%2“ verzeichnet.
</numerusform>
            <numerusform>Die Objekte wurden einmal geprüft: %n Packs und %1 lose Objekte in „%2“ verzeichnet.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object file(s) changed since, so objects are hashed as they are read again (&apos;repo cache build&apos; verifies them):
</source>
        <translation>
            <numerusform>%n Objektdatei hat sich seitdem geändert, daher werden Objekte wieder beim Lesen gehasht („repo cache build“ prüft sie):
</numerusform>
            <numerusform>%n Objektdateien haben sich seitdem geändert, daher werden Objekte wieder beim Lesen gehasht („repo cache build“ prüft sie):
</numerusform>
        </translation>
    </message>
    <message>
        <source>Objects are still hashed as they are read: %1.
</source>
        <translation>Objekte werden weiterhin beim Lesen gehasht: %1.
</translation>
    </message>
    <message>
        <source>Nothing changed since: objects are not hashed again as they are read.
</source>
        <translation>Seitdem hat sich nichts geändert: Objekte werden beim Lesen nicht erneut gehasht.
</translation>
    </message>
    <message>
        <source>Deleted the record of verified objects &apos;%1&apos;.
</source>
        <translation>Verzeichnis geprüfter Objekte „%1“ gelöscht.
</translation>
    </message>
    <message>
        <source>Usage: clearroom-cli [-C REPO] repo cache build|drop|status

Clearroom&apos;s own commit-graph cache of a repository, which makes &apos;repo log&apos;
faster, above all with paths: each commit&apos;s parents, date and tree and a
filter of the paths it changes. It is kept in the user&apos;s cache folder
($CLEARROOM_CACHE_DIR, otherwise clearroom/commit-graphs in $XDG_CACHE_HOME
or ~/.cache), never in the repository, and checked when read: a damaged or
foreign file is deleted and not used.

  build    build it (again) for every commit the refs and HEAD reach, reusing
           what the cache already holds
  drop     delete it
  status   say whether there is one and whether it covers every ref

&apos;build&apos; also verifies every object once (each pack as &apos;git index-pack --verify&apos;
does, each loose object hashed) and records that beside the cache; while no
object file changes, Clearroom then does not hash each object again as it
reads it. A damaged object fails &apos;build&apos;, naming it, and nothing is recorded.
&apos;drop&apos; deletes the record too; &apos;status&apos; says whether it applies and which
object files changed since. --no-cache and CLEARROOM_NO_CACHE=1 hash every
object again.
</source>
        <translation>Aufruf: clearroom-cli [-C REPO] repo cache build|drop|status

Clearrooms eigener Commit-Graph-Cache eines Repositorys, der „repo log“
schneller macht, vor allem mit Pfaden: Eltern, Datum und Baum jedes Commits
und ein Filter der Pfade, die er ändert. Er liegt im Cache-Ordner des
Benutzers ($CLEARROOM_CACHE_DIR, sonst clearroom/commit-graphs in
$XDG_CACHE_HOME oder ~/.cache), nie im Repository, und wird beim Lesen
geprüft: eine beschädigte oder fremde Datei wird gelöscht und nicht benutzt.

  build    ihn (neu) für jeden Commit erstellen, den die Refs und HEAD
           erreichen, und übernehmen, was der Cache schon enthält
  drop     ihn löschen
  status   sagen, ob es einen gibt und ob er jede Ref abdeckt

„build“ prüft außerdem jedes Objekt einmal (jedes Pack wie „git index-pack
--verify“, jedes lose Objekt gehasht) und verzeichnet das neben dem Cache;
solange sich keine Objektdatei ändert, hasht Clearroom dann nicht jedes Objekt
erneut beim Lesen. Ein beschädigtes Objekt lässt „build“ scheitern und wird
genannt; dann wird nichts verzeichnet. „drop“ löscht auch dieses Verzeichnis;
„status“ sagt, ob es gilt und welche Objektdateien sich seitdem geändert haben.
--no-cache und CLEARROOM_NO_CACHE=1 hashen jedes Objekt wieder.
</translation>
    </message>
    <message numerus="yes">
        <source>Verified every object once in %1 s: %n pack(s) with %2 objects and %3 loose object(s), %4 of these files taken over unchanged from the record before; recorded in &apos;%5&apos;.
</source>
        <translation>
            <numerusform>Jedes Objekt einmal geprüft in %1 s: %n Pack mit %2 Objekten und %3 lose Objekte, %4 dieser Dateien unverändert aus dem bisherigen Verzeichnis übernommen; verzeichnet in „%5“.
</numerusform>
            <numerusform>Jedes Objekt einmal geprüft in %1 s: %n Packs mit %2 Objekten und %3 lose Objekte, %4 dieser Dateien unverändert aus dem bisherigen Verzeichnis übernommen; verzeichnet in „%5“.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::cli::CommandLineTool</name>
    <message>
        <source>&apos;repo&apos; needs a command; see &apos;clearroom-cli repo --help&apos;.</source>
        <translation>„repo“ braucht einen Befehl; siehe „clearroom-cli repo --help“.</translation>
    </message>
    <message>
        <source>&apos;repo %1&apos; is not a command; see &apos;clearroom-cli repo --help&apos;.</source>
        <translation>„repo %1“ ist kein Befehl; siehe „clearroom-cli repo --help“.</translation>
    </message>
    <message>
        <source>Name a command; see &apos;clearroom-cli --help&apos;.</source>
        <translation>Bitte einen Befehl angeben; siehe „clearroom-cli --help“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command; see &apos;clearroom-cli --help&apos;.</source>
        <translation>„%1“ ist kein Befehl; siehe „clearroom-cli --help“.</translation>
    </message>
    <message>
        <source>clearroom-cli %1
%2
libgit2 %3
</source>
        <translation>clearroom-cli %1
%2
libgit2 %3
</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Usage: clearroom-cli [-C REPO] repo COMMAND [options]

Read-only commands over a git repository whose output is byte for byte
that of git:
  blame     show who last changed each line of a file
  diff      show the changes between two revisions
  grep      search the files of revisions for lines
  log       show the history of a revision
  ls-tree   list a tree
  show      print a file or a folder of a revision

Clearroom&apos;s own:
  cache     build, drop or check the commit-graph cache that makes log faster
  identity  the repository&apos;s identity and what is unusual about it (JSON)
</source>
        <translation>Aufruf: clearroom-cli [-C REPO] repo BEFEHL [Optionen]

Befehle, die ein Git-Repository nur lesen und deren Ausgabe Byte für Byte
der von git entspricht:
  blame     zeigen, wer jede Zeile einer Datei zuletzt geändert hat
  diff      die Änderungen zwischen zwei Revisionen zeigen
  grep      Dateien von Revisionen nach Zeilen durchsuchen
  log       die Historie einer Revision zeigen
  ls-tree   einen Baum auflisten
  show      eine Datei oder einen Ordner einer Revision ausgeben

Eigene Befehle von Clearroom:
  cache     den Commit-Graph-Cache, der log schneller macht, erstellen, löschen oder prüfen
  identity  die Identität des Repositorys und was daran ungewöhnlich ist (JSON)
</translation>
    </message>
    <message>
        <source>%1 What was already written to standard output cannot be trusted.</source>
        <translation>%1 Was bereits in die Standardausgabe geschrieben wurde, ist nicht vertrauenswürdig.</translation>
    </message>
    <message>
        <source>Usage: clearroom-cli [-C REPO] COMMAND [options]

Clearroom&apos;s command line: the same engine as the Clearroom workstation,
without a display. Repositories are only ever read, never written.

Global options:
  -C REPO     the repository: a work-tree root or a git directory
              (default: the current folder; there is no upward search)
  --version   show the version, the Qt in use and whether code is highlighted
  -h, --help  show this help; &apos;COMMAND --help&apos; shows a command&apos;s own

Commands:
  repo blame     show who changed each line exactly as &apos;git blame&apos; does
  repo diff      show changes between revisions exactly as &apos;git diff&apos; does
  repo grep      search files for lines exactly as &apos;git grep&apos; does
  repo log       show history exactly as &apos;git log&apos; does
  repo ls-tree   list a tree exactly as &apos;git ls-tree&apos; does
  repo show      print a file or folder exactly as &apos;git show&apos; does
  repo identity  the repository&apos;s identity and notices about it, as JSON

  review init|add-repo|show|move     the review a workspace holds
  finding add|list|show|update|comment|delete
                                     findings and their comment threads
  coverage mark|unmark|show          what was reviewed
  log verify|export|packages         the workspace&apos;s audit log and exports

  identity request|import            the signer&apos;s key, certificate request and
                                     PKCS#12 identity file
  export WORKSPACE ... --out PKG     the signed review package, after a preview
  verify PKG --trust CA.pem          verify a package against the authority&apos;s CA
  inspect PKG                        what a package holds, without judging it
  trust show TRUST                   the authority&apos;s trust configuration, as the
                                     room&apos;s security officer checks it
  import WORKSPACE --trust T PKG...  auditors&apos; packages into a lead&apos;s workspace,
                                     each verified first
  consolidate --trust T --identity LEAD.p12 --out OUT PKG...
  consolidate --workspace WORKSPACE --trust T --identity LEAD.p12 --out OUT
                                     the lead&apos;s consolidated package of auditors&apos;
                                     packages, verified, merged and signed

Exit status: 0 on success, 1 when the command failed, 2 for a usage error.
On failure one message goes to standard error and nothing to standard output.
</source>
        <translation>Aufruf: clearroom-cli [-C REPO] BEFEHL [Optionen]

Die Kommandozeile von Clearroom: dieselbe Engine wie der Clearroom-Arbeitsplatz,
ohne Bildschirm. Repositorys werden nur gelesen, nie geschrieben.

Globale Optionen:
  -C REPO     das Repository: Wurzel eines Arbeitsverzeichnisses oder ein
              Git-Verzeichnis (Vorgabe: der aktuelle Ordner; es wird nicht
              in übergeordneten Ordnern gesucht)
  --version   Version, verwendetes Qt und Syntaxhervorhebung anzeigen
  -h, --help  diese Hilfe anzeigen; „BEFEHL --help“ zeigt die des Befehls

Befehle:
  repo blame     zeigen, wer jede Zeile geändert hat, genau wie „git blame“
  repo diff      Änderungen zwischen Revisionen zeigen, genau wie „git diff“
  repo grep      Dateien nach Zeilen durchsuchen, genau wie „git grep“
  repo log       Historie zeigen, genau wie „git log“
  repo ls-tree   einen Baum auflisten, genau wie „git ls-tree“
  repo show      eine Datei oder einen Ordner ausgeben, genau wie „git show“
  repo identity  Identität des Repositorys und Hinweise dazu, als JSON

  review init|add-repo|show|move     die Prüfung, die ein Arbeitsbereich enthält
  finding add|list|show|update|comment|delete
                                     Befunde und ihre Kommentare
  coverage mark|unmark|show          was geprüft wurde
  log verify|export|packages         Audit-Protokoll und exportierte Pakete

  identity request|import            Schlüssel, Zertifikatsanforderung und
                                     PKCS#12-Identitätsdatei des Unterzeichners
  export WORKSPACE ... --out PKG     das signierte Prüfpaket, nach einer Vorschau
  verify PKG --trust CA.pem          ein Paket gegen die CA der Behörde prüfen
  inspect PKG                        was ein Paket enthält, ohne es zu beurteilen
  trust show TRUST                   die Vertrauenskonfiguration der Prüfstelle, wie
                                     der Sicherheitsbeauftragte des Raums sie prüft
  import WORKSPACE --trust T PKG...  Pakete von Auditoren in den Arbeitsbereich
                                     des leitenden Prüfers, jedes zuerst geprüft
  consolidate --trust T --identity LEAD.p12 --out OUT PKG...
  consolidate --workspace WORKSPACE --trust T --identity LEAD.p12 --out OUT
                                     das konsolidierte Paket des leitenden Prüfers aus
                                     Paketen der Auditoren: geprüft, zusammengeführt, signiert

Exit-Status: 0 bei Erfolg, 1 wenn der Befehl fehlschlug, 2 bei falschem Aufruf.
Bei einem Fehler geht eine Meldung auf die Standardfehlerausgabe und nichts auf
die Standardausgabe.
</translation>
    </message>
</context>
<context>
    <name>clearroom::cli::ConsolidateCommand</name>
    <message numerus="yes">
        <source>Consolidation of %n review(s)</source>
        <translation>
            <numerusform>Konsolidierung von %n Prüfung</numerusform>
            <numerusform>Konsolidierung von %n Prüfungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Packages given:</source>
        <translation>Übergebene Pakete:</translation>
    </message>
    <message>
        <source> (package %1, signed by %2)</source>
        <translation> (Paket %1, signiert von %2)</translation>
    </message>
    <message>
        <source>Automatic decisions: %1 group(s) of duplicates merged, %2 finding(s) kept as their auditor recorded them.</source>
        <translation>Automatische Entscheidungen: %1 Gruppe(n) von Duplikaten zusammengeführt, %2 Befund(e) so übernommen, wie ihr Auditor sie erfasst hat.</translation>
    </message>
    <message>
        <source>merged: %1</source>
        <translation>zusammengeführt: %1</translation>
    </message>
    <message>
        <source>Entries of the consolidated package:</source>
        <translation>Einträge des konsolidierten Pakets:</translation>
    </message>
    <message>
        <source>consolidate: &apos;%1&apos; exists already; Clearroom does not replace a package.</source>
        <translation>consolidate: „%1“ existiert bereits; Clearroom ersetzt kein Paket.</translation>
    </message>
    <message>
        <source>consolidate: nothing was written: the preview of what leaves the room must be confirmed on a terminal, or with --yes.</source>
        <translation>consolidate: es wurde nichts geschrieben: die Vorschau dessen, was den Raum verlässt, muss an einem Terminal oder mit --yes bestätigt werden.</translation>
    </message>
    <message>
        <source>Passphrase of the identity %1: </source>
        <translation>Passphrase der Identität %1: </translation>
    </message>
    <message>
        <source>consolidate: the identity %1 (&quot;%2&quot;) does not carry the lead reviewer role; consolidated packages are signed by lead reviewers.</source>
        <translation>consolidate: die Identität %1 („%2“) trägt nicht die Rolle des leitenden Prüfers; konsolidierte Pakete signieren leitende Prüfer.</translation>
    </message>
    <message>
        <source>consolidate: no package could be taken in; nothing was written.%1</source>
        <translation>consolidate: kein Paket konnte übernommen werden; es wurde nichts geschrieben.%1</translation>
    </message>
    <message>
        <source>Write this consolidated package to %1? [y/N] </source>
        <translation>Dieses konsolidierte Paket nach %1 schreiben? [j/N] </translation>
    </message>
    <message>
        <source>chosen with --commit</source>
        <translation>mit --commit gewählt</translation>
    </message>
    <message>
        <source>consolidate: --commit takes NAME=REV, not &apos;%1&apos;.</source>
        <translation>consolidate: --commit erwartet NAME=REV, nicht „%1“.</translation>
    </message>
    <message>
        <source>consolidate: --commit needs the repository, given with --repo.</source>
        <translation>consolidate: --commit braucht das Repository, angegeben mit --repo.</translation>
    </message>
    <message>
        <source>The lead&apos;s decisions: %1 merge(s), %2 finding(s) kept, %3 rejected.</source>
        <translation>Entscheidungen des leitenden Prüfers: %1 Zusammenführung(en), %2 Befund(e) übernommen, %3 verworfen.</translation>
    </message>
    <message>
        <source>merged by the lead: %1</source>
        <translation>vom leitenden Prüfer zusammengeführt: %1</translation>
    </message>
    <message>
        <source>Packages taking part:</source>
        <translation>Teilnehmende Pakete:</translation>
    </message>
    <message numerus="yes">
        <source>package %1, signed by %2: %n finding(s)</source>
        <translation>
            <numerusform>Paket %1, signiert von %2: %n Befund</numerusform>
            <numerusform>Paket %1, signiert von %2: %n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Packages left out:</source>
        <translation>Außen vor gelassene Pakete:</translation>
    </message>
    <message numerus="yes">
        <source>Not applied: %n decision(s) of the lead on findings of packages that no longer take part.</source>
        <translation>
            <numerusform>Nicht angewandt: %n Entscheidung des leitenden Prüfers zu Befunden von Paketen, die nicht mehr teilnehmen.</numerusform>
            <numerusform>Nicht angewandt: %n Entscheidungen des leitenden Prüfers zu Befunden von Paketen, die nicht mehr teilnehmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>chosen in the workspace</source>
        <translation>im Arbeitsbereich gewählt</translation>
    </message>
    <message>
        <source>consolidate: no package imported into %1 takes part; nothing was written.</source>
        <translation>consolidate: kein in %1 aufgenommenes Paket nimmt teil; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>consolidate: with --workspace, the packages are the ones imported into it (clearroom-cli import); give no PKG.</source>
        <translation>consolidate: mit --workspace sind die Pakete die dort aufgenommenen (clearroom-cli import); kein PKG angeben.</translation>
    </message>
    <message>
        <source>consolidate: --trust, --identity, --out and at least one package (or --workspace) are required.</source>
        <translation>consolidate: --trust, --identity, --out und mindestens ein Paket (oder --workspace) sind erforderlich.</translation>
    </message>
    <message>
        <source>consolidate: --commit %1=%2: %3</source>
        <translation>consolidate: --commit %1=%2: %3</translation>
    </message>
    <message>
        <source>consolidate: with --workspace, the repositories are the workspace&apos;s (clearroom-cli review add-repo); --repo does not apply.</source>
        <translation>consolidate: mit --workspace gelten die Repositorys des Arbeitsbereichs (clearroom-cli review add-repo); --repo ist nicht anwendbar.</translation>
    </message>
    <message>
        <source>Usage: clearroom-cli consolidate --trust TRUST --identity LEAD.p12
                                 [--passphrase-file F] [--crl CRL.pem] [--strict]
                                 [--repo PATH]... [--commit NAME=REV]...
                                 [--yes] --out OUT.crpkg PKG...
       clearroom-cli consolidate --workspace WORKSPACE --trust TRUST
                                 --identity LEAD.p12 [--passphrase-file F]
                                 [--crl CRL.pem] [--strict] [--commit NAME=REV]...
                                 [--yes] --out OUT.crpkg

Consolidates auditors&apos; review packages into one package signed by a lead
reviewer, without a display. Each PKG is verified completely against TRUST (the
authority&apos;s trust configuration folder, whose roster must name the auditor, or
its CA certificate) before anything of it is read. A refused package, the same
package given twice, and a package superseded by a newer one of the same auditor
and review (its previous-package chain) are left out with their reason, listed
in the report. Duplicates among the auditors&apos; findings (same repository and
path, overlapping lines, and a shared CWE or similar titles) are merged and
every other finding is kept; each decision is marked automatic and explained
in the report. Without --repo, findings keep their own commits; with the
repositories (--repo, read only), the findings of each repository are brought
onto one commit first (--commit NAME=REV, or else the commit most packages
reviewed, ties to the newest), each marked exact, moved, modified or orphaned.

With --workspace, the packages are those imported into the lead&apos;s workspace
(clearroom-cli import), each verified again from the bytes stored there (one
revoked since is left out with its reason); the lead&apos;s decisions stored in the
workspace are applied, and every finding they leave open is decided
automatically as above. The workspace&apos;s repositories (clearroom-cli review
add-repo) take the place of --repo; --commit NAME=REV records the lead&apos;s choice
of commit for the workspace&apos;s repository NAME in the workspace (kept for later
runs and the window) before consolidating. The workspace&apos;s audit log is the
package&apos;s log, and the export is recorded in it.

The preview is confirmed on the terminal or with --yes; the package holds every
source package byte-identical under sources/, is written under a temporary
name, synced, renamed, read back and verified. An existing file is never
replaced.
</source>
        <translation>Aufruf: clearroom-cli consolidate --trust TRUST --identity LEAD.p12
                                 [--passphrase-file F] [--crl CRL.pem] [--strict]
                                 [--repo PATH]... [--commit NAME=REV]...
                                 [--yes] --out OUT.crpkg PKG...
        clearroom-cli consolidate --workspace WORKSPACE --trust TRUST
                                 --identity LEAD.p12 [--passphrase-file F]
                                 [--crl CRL.pem] [--strict] [--commit NAME=REV]...
                                 [--yes] --out OUT.crpkg

Führt Prüfpakete von Auditoren zu einem Paket zusammen, das ein leitender Prüfer
signiert, ohne Bildschirm. Jedes PKG wird vollständig gegen TRUST geprüft (den
Ordner mit der Vertrauenskonfiguration der Behörde, deren Liste den Auditor nennen
muss, oder ihr CA-Zertifikat), bevor etwas davon gelesen wird. Ein abgelehntes
Paket, dasselbe Paket zweimal und ein Paket, das ein neueres desselben Auditors
und derselben Prüfung ersetzt (seine Kette vorheriger Pakete), bleiben mit ihrem
Grund außen vor und werden im Bericht aufgeführt. Duplikate unter den Befunden der
Auditoren (dasselbe Repository und derselbe Pfad, überlappende Zeilen und dieselbe
CWE oder ähnliche Titel) werden zusammengeführt, jeder andere Befund übernommen;
jede Entscheidung ist als automatisch gekennzeichnet und im Bericht erklärt.
Ohne --repo behalten Befunde ihre eigenen Commits; mit den Repositorys (--repo,
nur gelesen) werden die Befunde jedes Repositorys zuerst auf einen Commit gebracht
(--commit NAME=REV, sonst der Commit, den die meisten Pakete geprüft haben, bei
Gleichstand der neueste), jeder als exakt, verschoben, geändert oder verwaist
gekennzeichnet.

Mit --workspace sind die Pakete die in den Arbeitsbereich des leitenden Prüfers
aufgenommenen (clearroom-cli import), jedes erneut aus den dort gespeicherten
Bytes geprüft (eines, dessen Zertifikat inzwischen widerrufen ist, bleibt mit
seinem Grund außen vor); die im Arbeitsbereich gespeicherten Entscheidungen des
leitenden Prüfers werden angewandt, und jeder Befund, den sie offen lassen, wird
wie oben automatisch entschieden. Die Repositorys des Arbeitsbereichs
(clearroom-cli review add-repo) treten an die Stelle von --repo; --commit NAME=REV
hält die Wahl des Commits für das Repository NAME des Arbeitsbereichs darin fest
(für spätere Läufe und das Fenster), bevor zusammengeführt wird. Das
Audit-Protokoll des Arbeitsbereichs ist das Protokoll des Pakets, und der Export
wird darin verzeichnet.

Die Vorschau wird am Terminal oder mit --yes bestätigt; das Paket enthält jedes
Quellpaket byte-identisch unter sources/, wird unter einem temporären Namen
geschrieben, synchronisiert, umbenannt, zurückgelesen und geprüft. Eine
vorhandene Datei wird nie ersetzt.
</translation>
    </message>
</context>
<context>
    <name>clearroom::cli::CoverageCommand</name>
    <message>
        <source>%1: --path is required.</source>
        <translation>%1: --path ist erforderlich.</translation>
    </message>
    <message>
        <source>%1: --lines goes with exactly one --path.</source>
        <translation>%1: --lines gehört zu genau einem --path.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n line(s) reviewed.
</source>
        <translation>
            <numerusform>%n Zeile als geprüft markiert.
</numerusform>
            <numerusform>%n Zeilen als geprüft markiert.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n line(s) unreviewed.
</source>
        <translation>
            <numerusform>%n Zeile als ungeprüft markiert.
</numerusform>
            <numerusform>%n Zeilen als ungeprüft markiert.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Coverage of &apos;%1&apos; at %2: %3 of lines (%4 of %5), %6 of files (%7 of %8; %9 partly)
</source>
        <translation>Abdeckung von „%1“ bei %2: %3 der Zeilen (%4 von %5), %6 der Dateien (%7 von %8; %9 teilweise)
</translation>
    </message>
    <message>
        <source>Usage: clearroom-cli coverage COMMAND WORKSPACE [options]

  mark WORKSPACE [--repo NAME] [--commit REV] --path P [--lines A-B]
      mark lines (or, without --lines, whole files; --path may repeat) as
      reviewed by the workspace&apos;s reviewer
  unmark WORKSPACE [--repo NAME] [--commit REV] --path P [--lines A-B]
      mark them unreviewed again
  show WORKSPACE [--repo NAME] [--commit REV] [--format json|table]
      the share of lines and files reviewed, per file, folder and in total;
      blank lines, binary files and files of blank lines do not count
</source>
        <translation>Aufruf: clearroom-cli coverage BEFEHL ARBEITSBEREICH [Optionen]

  mark ARBEITSBEREICH [--repo NAME] [--commit REV] --path P [--lines A-B]
      Zeilen (ohne --lines ganze Dateien; --path darf mehrfach stehen) als vom
      Prüfer des Arbeitsbereichs geprüft markieren
  unmark ARBEITSBEREICH [--repo NAME] [--commit REV] --path P [--lines A-B]
      sie wieder als ungeprüft markieren
  show ARBEITSBEREICH [--repo NAME] [--commit REV] [--format json|table]
      der geprüfte Anteil der Zeilen und Dateien je Datei, Ordner und gesamt;
      Leerzeilen, Binärdateien und Dateien nur aus Leerzeilen zählen nicht
</translation>
    </message>
</context>
<context>
    <name>clearroom::cli::DescriptorOutput</name>
    <message>
        <source>Standard output cannot be written.</source>
        <translation>Die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Standard output was closed by its reader (broken pipe) before everything was written.</source>
        <translation>Die Standardausgabe wurde von ihrem Leser geschlossen (unterbrochene Pipe), bevor alles geschrieben war.</translation>
    </message>
    <message>
        <source>Standard output is closed; nothing can be written to it.</source>
        <translation>Die Standardausgabe ist geschlossen; es kann nichts hineingeschrieben werden.</translation>
    </message>
    <message>
        <source>Standard output cannot be written: %1</source>
        <translation>Die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>clearroom::cli::DiffCommand</name>
    <message>
        <source>repo diff: -l needs a number.</source>
        <translation>repo diff: -l braucht eine Zahl.</translation>
    </message>
    <message>
        <source>repo diff: --name-only and --name-status cannot be used together.</source>
        <translation>repo diff: --name-only und --name-status lassen sich nicht kombinieren.</translation>
    </message>
    <message>
        <source>repo diff: &apos;%1&apos; is not a rename threshold git understands (e.g. -M, -M60%, -M6, -M0.6).</source>
        <translation>repo diff: „%1“ ist keine Schwelle für Umbenennungen, die git versteht (z. B. -M, -M60%, -M6, -M0.6).</translation>
    </message>
    <message>
        <source>repo diff: &apos;%1&apos; needs a number of context lines, e.g. -U5.</source>
        <translation>repo diff: „%1“ braucht eine Zahl von Kontextzeilen, z. B. -U5.</translation>
    </message>
    <message>
        <source>repo diff: unknown option &apos;%1&apos;; see &apos;clearroom-cli repo diff --help&apos;.</source>
        <translation>repo diff: unbekannte Option „%1“; siehe „clearroom-cli repo diff --help“.</translation>
    </message>
    <message>
        <source>repo diff: &apos;-l%1&apos; needs a number (the rename limit).</source>
        <translation>repo diff: „-l%1“ braucht eine Zahl (die Grenze für Umbenennungen).</translation>
    </message>
    <message>
        <source>repo diff: &apos;%1&apos; needs numbers, e.g. --stat=100,40,10.</source>
        <translation>repo diff: „%1“ braucht Zahlen, z. B. --stat=100,40,10.</translation>
    </message>
    <message>
        <source>repo diff: &apos;%1&apos;: the merge-base form A...B is not supported; name two revisions.</source>
        <translation>repo diff: „%1“: Die Form A...B (ab der Merge-Basis) wird nicht unterstützt; bitte zwei Revisionen angeben.</translation>
    </message>
    <message>
        <source>repo diff: name two revisions, e.g. &apos;HEAD~1 HEAD&apos; (the work tree is never read); paths go after &apos;--&apos;.</source>
        <translation>repo diff: Bitte zwei Revisionen angeben, z. B. „HEAD~1 HEAD“ (das Arbeitsverzeichnis wird nie gelesen); Pfade folgen nach „--“.</translation>
    </message>
    <message>
        <source>repo diff: &apos;%1&apos; names a file; name commits or trees.</source>
        <translation>repo diff: „%1“ benennt eine Datei; bitte Commits oder Bäume angeben.</translation>
    </message>
    <message>
        <source>repo diff: %1</source>
        <translation>repo diff: %1</translation>
    </message>
    <message>
        <source>repo diff: exhaustive rename detection was skipped due to too many files; -l%1 (git&apos;s diff.renameLimit %1) would allow it.</source>
        <translation>repo diff: Die vollständige Erkennung von Umbenennungen wurde wegen zu vieler Dateien übersprungen; -l%1 (gits diff.renameLimit %1) würde sie erlauben.</translation>
    </message>
    <message>
        <source>Usage: clearroom-cli [-C REPO] repo diff [options] A B [-- PATH...]

Shows the changes from revision A to revision B (commits or trees; also
A..B) exactly as &apos;git diff --no-textconv --no-ext-diff&apos; does with git&apos;s
defaults: renames are found (exact ones first, then by git&apos;s similarity),
binary files are named, not shown. Paths after &apos;--&apos; limit the comparison;
a rename is found only where both of its paths are included.

Output (any combination; the patch by default):
  -p, -u, --patch           the patch
  -U&lt;n&gt;, --unified=&lt;n&gt;      the patch with &lt;n&gt; lines of context (default 3)
  --stat[=&lt;width&gt;[,&lt;name-width&gt;[,&lt;count&gt;]]]
                            a diffstat, 80 columns wide by default; also
                            --stat-width=, --stat-name-width=,
                            --stat-graph-width=, --stat-count=
  --numstat                 added and deleted lines per file
  --shortstat               only the last line of --stat
  --summary                 created, deleted and renamed files, new modes
  --raw                     git&apos;s raw format
  --name-status             status letters and paths only
  --name-only               paths only
  -z                        NUL-terminated paths, unquoted

Renames:
  -M[&lt;n&gt;], --find-renames[=&lt;n&gt;]
                            threshold of similarity for a rename (default
                            50%; -M60%, -M6 and -M0.6 mean 60%)
  --no-renames              do not look for renames
  -l&lt;n&gt;                     look for inexact renames only while removed
                            x added files stay within &lt;n&gt; squared (default
                            1000, git&apos;s diff.renameLimit)

The repository&apos;s configuration and attributes are not read: git&apos;s defaults
apply. --no-textconv and --no-ext-diff are accepted (nothing is ever run).
A similarity git prints (&quot;similarity index 87%&quot;, R087) can be a point
higher than Clearroom&apos;s for a rare pair of files: git counts the lines two
files share through a table in which different lines now and then fall
together; Clearroom counts them exactly.

Exit status: 0 (with or without differences), 1 when the comparison failed,
2 for a usage error.
</source>
        <translation>Aufruf: clearroom-cli [-C REPO] repo diff [Optionen] A B [-- PFAD...]

Zeigt die Änderungen von Revision A zu Revision B (Commits oder Bäume; auch
A..B) genau wie „git diff --no-textconv --no-ext-diff“ mit gits Vorgaben:
Umbenennungen werden gefunden (zuerst identische, dann nach gits Ähnlichkeit),
Binärdateien werden genannt, nicht gezeigt. Pfade nach „--“ beschränken den
Vergleich; eine Umbenennung wird nur gefunden, wenn beide Pfade dazugehören.

Ausgabe (beliebig kombinierbar; vorgegeben ist der Patch):
  -p, -u, --patch           der Patch
  -U&lt;n&gt;, --unified=&lt;n&gt;      der Patch mit &lt;n&gt; Kontextzeilen (Vorgabe 3)
  --stat[=&lt;Breite&gt;[,&lt;Namensbreite&gt;[,&lt;Anzahl&gt;]]]
                            eine Diffstat, standardmäßig 80 Spalten breit; auch
                            --stat-width=, --stat-name-width=,
                            --stat-graph-width=, --stat-count=
  --numstat                 hinzugefügte und gelöschte Zeilen je Datei
  --shortstat               nur die letzte Zeile von --stat
  --summary                 angelegte, gelöschte und umbenannte Dateien, neue Modi
  --raw                     gits Rohformat
  --name-status             nur Statusbuchstaben und Pfade
  --name-only               nur Pfade
  -z                        Pfade mit NUL abgeschlossen, ohne Anführungszeichen

Umbenennungen:
  -M[&lt;n&gt;], --find-renames[=&lt;n&gt;]
                            Schwelle der Ähnlichkeit für eine Umbenennung
                            (Vorgabe 50%; -M60%, -M6 und -M0.6 bedeuten 60%)
  --no-renames              nicht nach Umbenennungen suchen
  -l&lt;n&gt;                     nur nach ähnlichen Umbenennungen suchen, solange
                            gelöschte x hinzugefügte Dateien höchstens &lt;n&gt; zum
                            Quadrat sind (Vorgabe 1000, gits diff.renameLimit)

Konfiguration und Attribute des Repositorys werden nicht gelesen: Es gelten gits
Vorgaben. --no-textconv und --no-ext-diff werden angenommen (es wird nie etwas
ausgeführt).
Eine Ähnlichkeit, die git ausgibt („similarity index 87%“, R087), kann bei einem
seltenen Dateipaar einen Punkt höher liegen als die von Clearroom: git zählt die
gemeinsamen Zeilen zweier Dateien über eine Tabelle, in der hin und wieder
verschiedene Zeilen zusammenfallen; Clearroom zählt sie genau.

Exit-Status: 0 (mit oder ohne Unterschiede), 1 wenn der Vergleich fehlschlug,
2 bei falschem Aufruf.
</translation>
    </message>
</context>
<context>
    <name>clearroom::cli::DiffPrinter</name>
    <message>
        <source>repo diff: &apos;%1&apos; cannot be read: %2</source>
        <translation>repo diff: „%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>clearroom::cli::ExportCommand</name>
    <message>
        <source>export: --identity and --out are required.</source>
        <translation>export: --identity und --out sind erforderlich.</translation>
    </message>
    <message>
        <source>export: give the egress policy with --policy or with --trust, not both.</source>
        <translation>export: Geben Sie die Ausleitungsrichtlinie mit --policy oder mit --trust an, nicht mit beiden.</translation>
    </message>
    <message>
        <source>export: &apos;%1&apos; exists already; Clearroom does not replace a package.</source>
        <translation>export: „%1“ existiert bereits; Clearroom ersetzt kein Paket.</translation>
    </message>
    <message>
        <source>export: nothing was written: the preview of what leaves the room must be confirmed on a terminal, or with --yes.</source>
        <translation>export: Es wurde nichts geschrieben: Die Vorschau dessen, was den Raum verlässt, muss an einem Terminal oder mit --yes bestätigt werden.</translation>
    </message>
    <message>
        <source>Passphrase of the identity %1: </source>
        <translation>Passphrase der Identität %1: </translation>
    </message>
    <message>
        <source>export: the identity %1 (&quot;%2&quot;) does not carry the auditor role; review packages are signed by auditors.</source>
        <translation>export: Die Identität %1 („%2“) trägt die Auditor-Rolle nicht; Prüfpakete werden von Auditoren signiert.</translation>
    </message>
    <message>
        <source>Write this package to %1? [y/N] </source>
        <translation>Dieses Paket nach %1 schreiben? [j/N] </translation>
    </message>
    <message>
        <source>export: the identity %1 carries no CA certificate to check the written package against; give the authority&apos;s CA with --trust.</source>
        <translation>export: Die Identität %1 enthält kein CA-Zertifikat, gegen das das geschriebene Paket geprüft werden kann; geben Sie die CA der Behörde mit --trust an.</translation>
    </message>
    <message>
        <source>Usage: clearroom-cli export WORKSPACE --identity ID.p12 [--passphrase-file F]
                            [--policy POLICY | --trust CA.pem] [--yes]
                            --out PKG.crpkg

Makes the signed review package of a workspace. First it shows what will leave
the room (every entry and its size, every excerpt of code, free text that looks
like pasted code) and asks on the terminal; --yes confirms for scripts (the
preview then goes to standard output). Without a terminal and without --yes
nothing is written. The egress policy (--policy) decides what code may leave;
without one, none does. The package is written under a temporary name, synced,
renamed, read back from the medium and verified; a transfer receipt follows.
An existing file is never replaced.
</source>
        <translation>Aufruf: clearroom-cli export WORKSPACE --identity ID.p12 [--passphrase-file F]
                             [--policy POLICY | --trust CA.pem] [--yes]
                             --out PKG.crpkg

Erzeugt das signierte Prüfpaket eines Arbeitsbereichs. Zuerst zeigt es, was den
Raum verlassen wird (jeden Eintrag mit Größe, jeden Codeauszug, Freitext, der wie
eingefügter Code aussieht), und fragt am Terminal nach; --yes bestätigt für
Skripte (die Vorschau geht dann auf die Standardausgabe). Ohne Terminal und ohne
--yes wird nichts geschrieben. Die Ausleitungsrichtlinie (--policy) bestimmt,
welcher Code hinaus darf; ohne sie keiner. Das Paket wird unter einem
vorläufigen Namen geschrieben, synchronisiert, umbenannt, vom Medium
zurückgelesen und geprüft; danach folgt eine Übergabequittung. Eine vorhandene
Datei wird nie ersetzt.
</translation>
    </message>
</context>
<context>
    <name>clearroom::cli::FindingCommand</name>
    <message>
        <source>%1: &apos;%2&apos; is not a CWE id (write 79 or CWE-79).</source>
        <translation>%1: „%2“ ist keine CWE-Nummer (79 oder CWE-79 schreiben).</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a severity; use one of: %3.</source>
        <translation>%1: „%2“ ist kein Schweregrad; einer von: %3.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a status; use one of: %3.</source>
        <translation>%1: „%2“ ist kein Status; einer von: %3.</translation>
    </message>
    <message>
        <source>finding add: --%1 is required.</source>
        <translation>finding add: --%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWERE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>STELLE</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>Finding %1
Title:          %2
Severity:       %3
Status:         %4
</source>
        <translation>Befund %1
Titel:          %2
Schweregrad:    %3
Status:         %4
</translation>
    </message>
    <message>
        <source>CWE:            CWE-%1
</source>
        <translation>CWE:            CWE-%1
</translation>
    </message>
    <message>
        <source>Repository:     %1 at %2
</source>
        <translation>Repository:     %1 bei %2
</translation>
    </message>
    <message>
        <source>Location:       %1:%2-%3 (%4)
</source>
        <translation>Stelle:         %1:%2-%3 (%4)
</translation>
    </message>
    <message>
        <source>Author:         %1
Created:        %2
Updated:        %3
</source>
        <translation>Autor:          %1
Erstellt:       %2
Geändert:       %3
</translation>
    </message>
    <message>
        <source>
Description:
%1
</source>
        <translation>
Beschreibung:
%1
</translation>
    </message>
    <message>
        <source>
Recommendation:
%1
</source>
        <translation>
Empfehlung:
%1
</translation>
    </message>
    <message>
        <source>
Comment by %1 at %2:
%3
</source>
        <translation>
Kommentar von %1 um %2:
%3
</translation>
    </message>
    <message>
        <source>Finding %1 updated.
</source>
        <translation>Befund %1 geändert.
</translation>
    </message>
    <message>
        <source>Finding %1 unchanged: it already had these values.
</source>
        <translation>Befund %1 unverändert: er hatte diese Werte schon.
</translation>
    </message>
    <message>
        <source>finding comment: give either --text or --file.</source>
        <translation>finding comment: entweder --text oder --file angeben.</translation>
    </message>
    <message>
        <source>Finding %1 deleted; the audit log keeps its values.
</source>
        <translation>Befund %1 gelöscht; das Audit-Protokoll bewahrt seine Werte.
</translation>
    </message>
    <message>
        <source>%1: --cwe and --no-cwe exclude each other.</source>
        <translation>%1: --cwe und --no-cwe schließen einander aus.</translation>
    </message>
    <message>
        <source>%1: --also &apos;%2&apos; is not PATH:A-B.</source>
        <translation>%1: --also „%2“ hat nicht die Form PFAD:A-B.</translation>
    </message>
    <message>
        <source>finding update: name at least one field to change or a location to add (--also).</source>
        <translation>finding update: mindestens ein zu änderndes Feld oder eine hinzuzufügende Stelle (--also) angeben.</translation>
    </message>
    <message>
        <source>Usage: clearroom-cli finding COMMAND WORKSPACE [options]

  add WORKSPACE [--repo NAME] [--commit REV] --path P --lines A-B
      [--also PATH:A-B]... --severity S --title T [--cwe N] [--status S]
      [--description-file F] [--recommendation-file F]
      record a finding; prints its id. --repo may be left out when the review
      has one repository; the commit defaults to the review&apos;s current one
  list WORKSPACE [--format json|table]
      every finding, newest first; json prints one object with a &apos;findings&apos;
      array (see the README for its fields)
  show WORKSPACE ID [--format json|text]
      one finding with its comments
  update WORKSPACE ID [--title T] [--severity S] [--status S] [--cwe N|--no-cwe]
      [--description-file F] [--recommendation-file F] [--also PATH:A-B]...
      change fields; --also adds a location (on the finding&apos;s commit)
  comment WORKSPACE ID (--text T | --file F)
      add a comment to the finding&apos;s thread; prints its id
  delete WORKSPACE ID
      delete a finding (the audit log keeps its values)

ID may be any unique prefix of at least 4 characters.
Severities: info, low, medium, high, critical.
Statuses: open, confirmed, disputed, false-positive, fixed, accepted-risk.
</source>
        <translation>Aufruf: clearroom-cli finding BEFEHL ARBEITSBEREICH [Optionen]

  add ARBEITSBEREICH [--repo NAME] [--commit REV] --path P --lines A-B
      [--also PFAD:A-B]... --severity S --title T [--cwe N] [--status S]
      [--description-file D] [--recommendation-file D]
      einen Befund festhalten; gibt seine ID aus. --repo kann entfallen, wenn
      die Prüfung ein Repository hat; Vorgabe für den Commit ist der aktuelle
      der Prüfung
  list ARBEITSBEREICH [--format json|table]
      alle Befunde, die neuesten zuerst; json gibt ein Objekt mit einem Array
      „findings“ aus (seine Felder beschreibt die README)
  show ARBEITSBEREICH ID [--format json|text]
      ein Befund mit seinen Kommentaren
  update ARBEITSBEREICH ID [--title T] [--severity S] [--status S]
      [--cwe N|--no-cwe] [--description-file D] [--recommendation-file D]
      [--also PFAD:A-B]...
      Felder ändern; --also fügt eine Stelle hinzu (im Commit des Befunds)
  comment ARBEITSBEREICH ID (--text T | --file D)
      einen Kommentar zum Befund hinzufügen; gibt seine ID aus
  delete ARBEITSBEREICH ID
      einen Befund löschen (das Audit-Protokoll bewahrt seine Werte)

Als ID genügt jeder eindeutige Anfang von mindestens 4 Zeichen.
Schweregrade: info, low, medium, high, critical.
Status: open, confirmed, disputed, false-positive, fixed, accepted-risk.
</translation>
    </message>
</context>
<context>
    <name>clearroom::cli::GitDate</name>
    <message>
        <source>The date %1 %2 lies beyond the largest date git can show.</source>
        <translation>Das Datum %1 %2 liegt nach dem größten Datum, das git anzeigen kann.</translation>
    </message>
    <message>
        <source>The date %1 %2 lies before 1970, which git cannot show.</source>
        <translation>Das Datum %1 %2 liegt vor 1970; git kann es nicht anzeigen.</translation>
    </message>
</context>
<context>
    <name>clearroom::cli::GrepCommand</name>
    <message>
        <source>repo grep: name a pattern and a revision, e.g. TODO HEAD.</source>
        <translation>repo grep: Geben Sie ein Muster und eine Revision an, z. B. TODO HEAD.</translation>
    </message>
    <message>
        <source>repo grep: the option &apos;%1&apos; must come before the pattern.</source>
        <translation>repo grep: Die Option „%1“ muss vor dem Muster stehen.</translation>
    </message>
    <message>
        <source>repo grep: name a revision to search, e.g. HEAD (the work tree is never searched); paths go after &apos;--&apos;.</source>
        <translation>repo grep: Geben Sie eine zu durchsuchende Revision an, z. B. HEAD (das Arbeitsverzeichnis wird nie durchsucht); Pfade folgen nach „--“.</translation>
    </message>
    <message>
        <source>repo grep: %1</source>
        <translation>repo grep: %1</translation>
    </message>
    <message>
        <source>repo grep: no line matched.</source>
        <translation>repo grep: Keine Zeile passte.</translation>
    </message>
    <message>
        <source>Usage: clearroom-cli [-C REPO] repo grep [options] [-e] PATTERN REV...
                                          [-- PATHSPEC...]

Searches the files of each revision for lines matching PATTERN, exactly as
&apos;git grep&apos; does in the C locale (bytes, not characters). Output lines are
&apos;REV:PATH:LINE&apos;. Symbolic links and submodules are not searched; a revision
naming a file (REV:PATH) searches that file. Paths go after &apos;--&apos;: a folder
includes everything below it, and &apos;*&apos;, &apos;?&apos; and &apos;[...]&apos; match across &apos;/&apos;
(&apos;*.c&apos; finds C files at any depth); &apos;:!PATH&apos; leaves PATH out, and the magic
&apos;:(top,exclude,literal,glob)&apos; is understood. Options come before the
pattern.

  -G, --basic-regexp        POSIX basic regular expressions (default)
  -E, --extended-regexp     POSIX extended regular expressions
  -F, --fixed-strings       plain strings
  -e PATTERN                a pattern (repeat for several; any may match)
  -i, --ignore-case         ignore the case of ASCII letters
  -w, --word-regexp         match whole words only
  -v, --invert-match        select the lines that do not match
  -n, --line-number         show line numbers
  -l, --files-with-matches  show only the names of files with a match
      --name-only           the same as -l
  -c, --count               show the number of matching lines per file
  -a, --text                search binary files as text
  -I                        do not search binary files
  -H                        show file names (always on)
  -q, --quiet               print nothing; the exit status says whether a
                            line matched

A file is binary when its first 8,000 bytes hold a NUL byte; by default a
match there prints &apos;Binary file REV:PATH matches&apos;. The repository&apos;s and the
work tree&apos;s git attributes and configuration are not read. (&apos;-h&apos; shows this
help, so git&apos;s -h, no file names, is not available.)

Exit status: 0 when a line matched; 1 when none did (then standard error
says so in one line and standard output is empty) or the search failed;
2 for a usage error.
</source>
        <translation>Aufruf: clearroom-cli [-C REPO] repo grep [Optionen] [-e] MUSTER REV...
                                          [-- PFADANGABE...]

Durchsucht die Dateien jeder Revision nach Zeilen, die zu MUSTER passen, genau
wie „git grep“ in der C-Locale (Bytes, nicht Zeichen). Ausgabezeilen lauten
„REV:PFAD:ZEILE“. Symbolische Links und Submodule werden nicht durchsucht;
eine Revision, die eine Datei nennt (REV:PFAD), durchsucht diese Datei. Pfade
folgen nach „--“: ein Ordner schließt alles darunter ein, und „*“, „?“ und
„[...]“ passen auch über „/“ hinweg („*.c“ findet C-Dateien in jeder Tiefe);
„:!PFAD“ lässt PFAD aus, und die Magie „:(top,exclude,literal,glob)“ wird
verstanden. Optionen stehen vor dem Muster.

  -G, --basic-regexp        einfache reguläre POSIX-Ausdrücke (Vorgabe)
  -E, --extended-regexp     erweiterte reguläre POSIX-Ausdrücke
  -F, --fixed-strings       einfache Zeichenketten
  -e MUSTER                 ein Muster (mehrfach möglich; jedes darf passen)
  -i, --ignore-case         Groß- und Kleinschreibung von ASCII-Buchstaben
                            ignorieren
  -w, --word-regexp         nur ganze Wörter finden
  -v, --invert-match        die Zeilen wählen, die nicht passen
  -n, --line-number         Zeilennummern anzeigen
  -l, --files-with-matches  nur die Namen der Dateien mit Treffern anzeigen
      --name-only           dasselbe wie -l
  -c, --count               die Zahl passender Zeilen je Datei anzeigen
  -a, --text                Binärdateien als Text durchsuchen
  -I                        Binärdateien nicht durchsuchen
  -H                        Dateinamen anzeigen (immer an)
  -q, --quiet               nichts ausgeben; der Exit-Status sagt, ob eine
                            Zeile passte

Eine Datei ist binär, wenn ihre ersten 8.000 Bytes ein NUL-Byte enthalten;
standardmäßig gibt ein Treffer dort „Binary file REV:PFAD matches“ aus.
Git-Attribute und Konfiguration von Repository und Arbeitsverzeichnis werden
nicht gelesen. („-h“ zeigt diese Hilfe; gits -h, ohne Dateinamen, gibt es
daher nicht.)

Exit-Status: 0, wenn eine Zeile passte; 1, wenn keine passte (dann sagt die
Standardfehlerausgabe dies in einer Zeile und die Standardausgabe bleibt leer)
oder die Suche fehlschlug; 2 bei falschem Aufruf.
</translation>
    </message>
</context>
<context>
    <name>clearroom::cli::IdentityCommand</name>
    <message>
        <source>repo identity: takes no arguments.</source>
        <translation>repo identity: nimmt keine Argumente an.</translation>
    </message>
    <message>
        <source>Usage: clearroom-cli [-C REPO] repo identity

Prints, as JSON, what identifies the repository (its path, git directory and
the remotes its configuration records) and every notice about it: objects
read from elsewhere (alternates, commondir, a .git file), configuration that
includes other files or names a work tree, replace refs and grafts (which
git would apply and Clearroom ignores), and shallow history.
</source>
        <translation>Aufruf: clearroom-cli [-C REPO] repo identity

Gibt als JSON aus, was das Repository identifiziert (Pfad, Git-Verzeichnis und
die Remotes, die seine Konfiguration verzeichnet), und jeden Hinweis dazu: Objekte,
die von anderswo gelesen werden (Alternates, commondir, eine .git-Datei), eine
Konfiguration, die andere Dateien einbindet oder ein Arbeitsverzeichnis nennt,
Replace-Refs und Grafts (die git anwenden würde und Clearroom ignoriert) sowie
eine verkürzte (shallow) Historie.
</translation>
    </message>
</context>
<context>
    <name>clearroom::cli::ImportCommand</name>
    <message>
        <source>import: the workspace, --trust and at least one package are required.</source>
        <translation>import: der Arbeitsbereich, --trust und mindestens ein Paket sind erforderlich.</translation>
    </message>
    <message>
        <source>import: name the lead reviewer of the new workspace with --reviewer.</source>
        <translation>import: den leitenden Prüfer des neuen Arbeitsbereichs mit --reviewer angeben.</translation>
    </message>
    <message>
        <source>Consolidation</source>
        <translation>Konsolidierung</translation>
    </message>
    <message>
        <source>Created the lead&apos;s workspace &apos;%1&apos; (review &apos;%2&apos;, lead reviewer %3).
</source>
        <translation>Arbeitsbereich des leitenden Prüfers „%1“ angelegt (Prüfung „%2“, leitender Prüfer %3).
</translation>
    </message>
    <message>
        <source>Packages given:</source>
        <translation>Übergebene Pakete:</translation>
    </message>
    <message numerus="yes">
        <source>import: %n package(s) refused, of %1 given (each recorded in the workspace with its reason); the others are in the workspace as listed.</source>
        <translation>
            <numerusform>import: %n Paket abgelehnt, von %1 übergebenen (jedes mit seinem Grund im Arbeitsbereich verzeichnet); die anderen sind wie aufgeführt im Arbeitsbereich.</numerusform>
            <numerusform>import: %n Pakete abgelehnt, von %1 übergebenen (jedes mit seinem Grund im Arbeitsbereich verzeichnet); die anderen sind wie aufgeführt im Arbeitsbereich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: clearroom-cli import WORKSPACE --trust TRUST [--crl CRL.pem] [--strict]
                            [--reviewer NAME] [--name NAME] PKG...

Takes auditors&apos; review packages into a lead reviewer&apos;s workspace, for
&apos;clearroom-cli consolidate --workspace&apos; and the Clearroom window. Each PKG is
verified completely against TRUST (as &apos;consolidate&apos; does) before anything is
stored; an accepted package is kept in the workspace byte-identical. A refused
package is recorded with its reason. A package imported before is left as it
is (&apos;already given&apos;); another file claiming its package id is refused. A newer
package of the same auditor and review (it names the older as its previous
package) supersedes the older one, in whichever order they come; packages of one
auditor and review that do not chain are flagged. Every change is an entry of
the workspace&apos;s audit log (&apos;clearroom-cli log verify&apos;).

When WORKSPACE does not exist it is created: its review is named by --name
(default &quot;Consolidation&quot;) and its reviewer by --reviewer, else the first lead
on the trust configuration&apos;s roster, else the login name.

One row per package: its verdict (accepted, refused, already given, superseded)
and the reason or notes. Exit status: 0 when no package was refused; 1 when
any was (the rows then go to standard error; the others are imported all the
same); 2 for a usage error.
</source>
        <translation>Aufruf: clearroom-cli import WORKSPACE --trust TRUST [--crl CRL.pem] [--strict]
                            [--reviewer NAME] [--name NAME] PKG...

Nimmt Prüfpakete von Auditoren in den Arbeitsbereich eines leitenden Prüfers auf,
für „clearroom-cli consolidate --workspace“ und das Clearroom-Fenster. Jedes PKG
wird vollständig gegen TRUST geprüft (wie bei „consolidate“), bevor etwas
gespeichert wird; ein angenommenes Paket wird byte-identisch im Arbeitsbereich
abgelegt. Ein abgelehntes Paket wird mit seinem Grund verzeichnet. Ein bereits
aufgenommenes Paket bleibt, wie es ist („bereits übergeben“); eine andere Datei,
die seine Paket-ID beansprucht, wird abgelehnt. Ein neueres Paket desselben
Auditors und derselben Prüfung (es nennt das ältere als sein vorheriges Paket)
löst das ältere ab, in welcher Reihenfolge sie auch kommen; Pakete eines Auditors
und einer Prüfung, die keine Kette bilden, werden markiert. Jede Änderung ist ein
Eintrag im Audit-Protokoll des Arbeitsbereichs („clearroom-cli log verify“).

Gibt es WORKSPACE noch nicht, wird er angelegt: seine Prüfung heißt wie --name
(Vorgabe „Consolidation“), sein Prüfer wie --reviewer, sonst wie der erste
leitende Prüfer auf der Liste der Vertrauenskonfiguration, sonst wie der
Anmeldename.

Eine Zeile je Paket: sein Urteil (angenommen, abgelehnt, bereits übergeben,
ersetzt) und der Grund oder die Hinweise. Exit-Status: 0, wenn kein Paket
abgelehnt wurde; 1, wenn eines abgelehnt wurde (die Zeilen gehen dann auf die
Standardfehlerausgabe; die anderen werden trotzdem aufgenommen); 2 bei falschem
Aufruf.
</translation>
    </message>
</context>
<context>
    <name>clearroom::cli::InspectCommand</name>
    <message>
        <source>%1 (not verified: use &apos;clearroom-cli verify&apos; to judge it)</source>
        <translation>%1 (nicht geprüft: „clearroom-cli verify“ beurteilt es)</translation>
    </message>
    <message>
        <source>  type: %1, format version %2</source>
        <translation>  Typ: %1, Formatversion %2</translation>
    </message>
    <message>
        <source>  package: %1, previous: %2</source>
        <translation>  Paket: %1, vorheriges: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>  review: %1</source>
        <translation>  Prüfung: %1</translation>
    </message>
    <message>
        <source>  created: %1</source>
        <translation>  erstellt: %1</translation>
    </message>
    <message>
        <source>  signer (as the manifest names it): %1, SHA-256 %2</source>
        <translation>  Unterzeichner (laut Manifest): %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>  meaning: %1</source>
        <translation>  Bedeutung: %1</translation>
    </message>
    <message>
        <source>  egress policy: %1</source>
        <translation>  Ausleitungsrichtlinie: %1</translation>
    </message>
    <message>
        <source>  audit-log head: %1</source>
        <translation>  Kopf des Audit-Protokolls: %1</translation>
    </message>
    <message>
        <source>  repository %1: commit %2</source>
        <translation>  Repository %1: Commit %2</translation>
    </message>
    <message>
        <source>  findings: %1 (%2)</source>
        <translation>  Befunde: %1 (%2)</translation>
    </message>
    <message>
        <source>  entries:</source>
        <translation>  Einträge:</translation>
    </message>
    <message>
        <source>Usage: clearroom-cli inspect PKG

Prints what a package says about itself (its manifest and entries) without
judging it: nothing here is verified. Use &apos;clearroom-cli verify&apos; for that.
</source>
        <translation>Aufruf: clearroom-cli inspect PKG

Gibt aus, was ein Paket über sich sagt (Manifest und Einträge), ohne es zu
beurteilen: Hier wird nichts geprüft. Dafür gibt es „clearroom-cli verify“.
</translation>
    </message>
</context>
<context>
    <name>clearroom::cli::LogCommand</name>
    <message>
        <source>repo log: --format needs its value after &apos;=&apos;, e.g. --format=%H.</source>
        <translation>repo log: --format braucht seinen Wert nach „=“, z. B. --format=%H.</translation>
    </message>
    <message>
        <source>repo log: name one revision; to limit the log to paths, put them after &apos;--&apos;.</source>
        <translation>repo log: Geben Sie eine Revision an; um die Historie auf Pfade zu beschränken, setzen Sie diese nach „--“.</translation>
    </message>
    <message>
        <source>repo log: revision ranges such as &apos;%1&apos; are not supported; name one revision.</source>
        <translation>repo log: Revisionsbereiche wie „%1“ werden nicht unterstützt; geben Sie eine Revision an.</translation>
    </message>
    <message>
        <source>repo log: the path &apos;%1&apos; has wildcards, which are not supported here.</source>
        <translation>repo log: Der Pfad „%1“ enthält Platzhalterzeichen, die hier nicht unterstützt werden.</translation>
    </message>
    <message>
        <source>repo log: --follow needs exactly one path after &apos;--&apos;.</source>
        <translation>repo log: --follow braucht genau einen Pfad nach „--“.</translation>
    </message>
    <message>
        <source>Usage: clearroom-cli [-C REPO] repo log [options] [REV] [-- PATH...]

Shows the history of REV (default HEAD) exactly as &apos;git log&apos; does: newest
first by commit date; with paths, only the commits that change them, with
git&apos;s default history simplification.

  -n N, -N, --max-count=N   show at most N commits
  --format=FORMAT           git&apos;s placeholders (%H %h %T %t %P %p %an %ae %ad
                            %at %cn %ce %cd %ct %s %b %B %n %% and more), with a
                            newline after each commit (tformat:); also
                            format:FORMAT, tformat:FORMAT, medium, oneline
  --pretty[=FORMAT]         the same (the default format without a value)
  --oneline                 abbreviated id and subject
  --abbrev-commit           abbreviated commit ids (--no-abbrev-commit: full)
  --first-parent            follow only the first parent of merges
  --follow                  follow one file across renames
  --reverse                 oldest first
  --no-cache                do not use Clearroom&apos;s commit-graph cache

When &apos;clearroom-cli repo cache build&apos; made a commit-graph cache for the
repository, a log limited to paths (without --follow) reads parents and
dates from it and skips commits that certainly leave the paths alone; the
output is the same. CLEARROOM_NO_CACHE=1 turns it off like --no-cache.
</source>
        <translation>Aufruf: clearroom-cli [-C REPO] repo log [Optionen] [REV] [-- PFAD...]

Zeigt die Historie von REV (Vorgabe HEAD) genau wie „git log“: die neuesten
zuerst nach Commit-Datum; mit Pfaden nur die Commits, die sie ändern, mit
gits vorgegebener Vereinfachung der Historie.

  -n N, -N, --max-count=N   höchstens N Commits zeigen
  --format=FORMAT           gits Platzhalter (%H %h %T %t %P %p %an %ae %ad
                            %at %cn %ce %cd %ct %s %b %B %n %% und weitere), mit
                            einem Zeilenumbruch nach jedem Commit (tformat:);
                            auch format:FORMAT, tformat:FORMAT, medium, oneline
  --pretty[=FORMAT]         dasselbe (ohne Wert das vorgegebene Format)
  --oneline                 abgekürzte ID und Betreff
  --abbrev-commit           abgekürzte Commit-IDs (--no-abbrev-commit: volle)
  --first-parent            nur dem ersten Elternteil von Merges folgen
  --follow                  einer Datei über Umbenennungen hinweg folgen
  --reverse                 die ältesten zuerst
  --no-cache                Clearrooms Commit-Graph-Cache nicht benutzen

Wenn „clearroom-cli repo cache build“ einen Commit-Graph-Cache für das
Repository erstellt hat, liest ein auf Pfade beschränktes log (ohne --follow)
Eltern und Daten daraus und überspringt Commits, die die Pfade sicher nicht
berühren; die Ausgabe bleibt dieselbe. CLEARROOM_NO_CACHE=1 schaltet ihn ab
wie --no-cache.
</translation>
    </message>
</context>
<context>
    <name>clearroom::cli::LogPrinter</name>
    <message>
        <source>repo log: the format &apos;%1&apos; is not supported; use medium, oneline or format:...</source>
        <translation>repo log: Das Format „%1“ wird nicht unterstützt; verwenden Sie medium, oneline oder format:...</translation>
    </message>
    <message>
        <source>repo log: &apos;%1&apos; is not a format git knows.</source>
        <translation>repo log: „%1“ ist kein Format, das git kennt.</translation>
    </message>
</context>
<context>
    <name>clearroom::cli::LsTreeCommand</name>
    <message>
        <source>An empty path names nothing; use &apos;.&apos; for the whole tree.</source>
        <translation>Ein leerer Pfad benennt nichts; „.“ steht für den ganzen Baum.</translation>
    </message>
    <message>
        <source>The pathspec &apos;%1&apos; uses pathspec magic, which is not supported here.</source>
        <translation>Die Pfadangabe „%1“ verwendet Pathspec-Magie, die hier nicht unterstützt wird.</translation>
    </message>
    <message>
        <source>repo ls-tree: --long, --name-only and --object-only cannot be combined.</source>
        <translation>repo ls-tree: --long, --name-only und --object-only lassen sich nicht kombinieren.</translation>
    </message>
    <message>
        <source>repo ls-tree: name the tree to list, e.g. HEAD.</source>
        <translation>repo ls-tree: Bitte den aufzulistenden Baum angeben, z. B. HEAD.</translation>
    </message>
    <message>
        <source>Usage: clearroom-cli [-C REPO] repo ls-tree [options] REV [PATH...]

Lists the tree of REV exactly as &apos;git ls-tree&apos; does.

  -r               recurse into sub-trees
  -t               show trees even when recursing
  -d               show only trees
  -l, --long       show the size of each blob
  -z               end entries with NUL and do not quote paths
  --name-only      show only paths (also --name-status)
  --object-only    show only object ids
  --full-name, --full-tree
                   accepted for compatibility; paths are always from the top
</source>
        <translation>Aufruf: clearroom-cli [-C REPO] repo ls-tree [Optionen] REV [PFAD...]

Listet den Baum von REV genau wie „git ls-tree“ auf.

  -r               in Unterbäume absteigen
  -t               Bäume auch beim Absteigen anzeigen
  -d               nur Bäume anzeigen
  -l, --long       die Größe jedes Blobs anzeigen
  -z               Einträge mit NUL abschließen und Pfade nicht maskieren
  --name-only      nur Pfade anzeigen (auch --name-status)
  --object-only    nur Objekt-IDs anzeigen
  --full-name, --full-tree
                   zur Kompatibilität akzeptiert; Pfade gelten immer ab der Wurzel
</translation>
    </message>
</context>
<context>
    <name>clearroom::cli::ReviewCommand</name>
    <message>
        <source>review init: --name and --repo are required.</source>
        <translation>review init: --name und --repo sind erforderlich.</translation>
    </message>
    <message>
        <source>review init: name the reviewer with --reviewer.</source>
        <translation>review init: den Prüfer mit --reviewer angeben.</translation>
    </message>
    <message>
        <source>Created the review &apos;%1&apos; in &apos;%2&apos;: repository &apos;%3&apos; at commit %4.
</source>
        <translation>Prüfung „%1“ in „%2“ angelegt: Repository „%3“ bei Commit %4.
</translation>
    </message>
    <message>
        <source>review add-repo: --repo is required.</source>
        <translation>review add-repo: --repo ist erforderlich.</translation>
    </message>
    <message>
        <source>Added repository &apos;%1&apos; at commit %2.
</source>
        <translation>Repository „%1“ bei Commit %2 hinzugefügt.
</translation>
    </message>
    <message>
        <source>Review:     %1 (%2)
Reviewer:   %3
Created:    %4
</source>
        <translation>Prüfung:    %1 (%2)
Prüfer:     %3
Angelegt:   %4
</translation>
    </message>
    <message>
        <source>Repository: %1 at %2 (%3)
</source>
        <translation>Repository: %1 bei %2 (%3)
</translation>
    </message>
    <message numerus="yes">
        <source>Findings:   %1
Audit log:  %n entries, head %2
</source>
        <translation>
            <numerusform>Befunde:    %1
Protokoll:  %n Eintrag, Kopf %2
</numerusform>
            <numerusform>Befunde:    %1
Protokoll:  %n Einträge, Kopf %2
</numerusform>
        </translation>
    </message>
    <message>
        <source>review move: --commit is required.</source>
        <translation>review move: --commit ist erforderlich.</translation>
    </message>
    <message>
        <source>Usage: clearroom-cli review COMMAND WORKSPACE [options]

A workspace is one file (suggested suffix .clearroom) holding a review.

  init WORKSPACE --name NAME --repo PATH [--repo-name NAME] [--commit REV]
       [--reviewer NAME]
      create a workspace for a review of a repository; the repository&apos;s name
      defaults to its folder&apos;s name without &apos;.git&apos;, the commit to HEAD, the
      reviewer to the user&apos;s login name
  add-repo WORKSPACE --repo PATH [--repo-name NAME] [--commit REV]
      add another repository to the review
  show WORKSPACE
      the review, its repositories and the head of its audit log
  move WORKSPACE [--repo NAME] --commit REV
      carry the review to another commit: prints, per finding, its id, its
      state (exact, moved, modified or orphaned) and its primary location
      before and after; coverage is kept only for unchanged lines
</source>
        <translation>Aufruf: clearroom-cli review BEFEHL ARBEITSBEREICH [Optionen]

Ein Arbeitsbereich ist eine Datei (empfohlene Endung .clearroom) mit einer Prüfung.

  init ARBEITSBEREICH --name NAME --repo PFAD [--repo-name NAME] [--commit REV]
       [--reviewer NAME]
      einen Arbeitsbereich für die Prüfung eines Repositorys anlegen; Vorgabe
      für den Namen des Repositorys ist der Name seines Ordners ohne „.git“,
      für den Commit HEAD, für den Prüfer der Anmeldename des Benutzers
  add-repo ARBEITSBEREICH --repo PFAD [--repo-name NAME] [--commit REV]
      ein weiteres Repository zur Prüfung hinzufügen
  show ARBEITSBEREICH
      die Prüfung, ihre Repositorys und der Kopf ihres Audit-Protokolls
  move ARBEITSBEREICH [--repo NAME] --commit REV
      die Prüfung auf einen anderen Commit übertragen: gibt je Befund seine ID,
      seinen Zustand (exact, moved, modified oder orphaned) und seine
      Hauptstelle vorher und nachher aus; Abdeckung bleibt nur für
      unveränderte Zeilen erhalten
</translation>
    </message>
</context>
<context>
    <name>clearroom::cli::ShowCommand</name>
    <message>
        <source>repo show: name exactly one object, e.g. HEAD:README.md.</source>
        <translation>repo show: Bitte genau ein Objekt angeben, z. B. HEAD:README.md.</translation>
    </message>
    <message>
        <source>repo show: &apos;%1&apos; is a %2; only files (blobs) and folders (trees) can be shown, e.g. %1:PATH.</source>
        <translation>repo show: „%1“ ist ein Objekt vom Typ %2; nur Dateien (Blobs) und Ordner (Bäume) können angezeigt werden, z. B. %1:PFAD.</translation>
    </message>
    <message>
        <source>Usage: clearroom-cli [-C REPO] repo show REV:PATH

Prints a file (blob) byte for byte, or the names in a folder (tree), exactly as
&apos;git show&apos; does.
</source>
        <translation>Aufruf: clearroom-cli [-C REPO] repo show REV:PFAD

Gibt eine Datei (Blob) Byte für Byte oder die Namen in einem Ordner (Baum) aus,
genau wie „git show“.
</translation>
    </message>
</context>
<context>
    <name>clearroom::cli::SigningIdentityCommand</name>
    <message>
        <source>%1: &apos;%2&apos; exists already; Clearroom does not replace it.</source>
        <translation>%1: „%2“ existiert bereits; Clearroom ersetzt die Datei nicht.</translation>
    </message>
    <message>
        <source>%1: cannot write &apos;%2&apos;: %3</source>
        <translation>%1: „%2“ kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>%1: cannot read &apos;%2&apos;: %3</source>
        <translation>%1: „%2“ kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: --%2 is required.</source>
        <translation>%1: --%2 ist erforderlich.</translation>
    </message>
    <message>
        <source>Passphrase for the new key: </source>
        <translation>Passphrase für den neuen Schlüssel: </translation>
    </message>
    <message>
        <source>Wrote the new key to %1 (ECDSA P-256, encrypted with your passphrase) and the certificate request to %2.
Take the request to the authority; import the certificate it issues with &apos;clearroom-cli identity import&apos;.
</source>
        <translation>Der neue Schlüssel steht in %1 (ECDSA P-256, mit Ihrer Passphrase verschlüsselt), die Zertifikatsanforderung in %2.
Bringen Sie die Anforderung zur Behörde; importieren Sie das ausgestellte Zertifikat mit „clearroom-cli identity import“.
</translation>
    </message>
    <message>
        <source>%1: the certificate &quot;%2&quot; carries no Clearroom role (extended key usage %3 for auditors or %4 for leads): packages signed with it would not verify. Ask the authority to issue it with a role.</source>
        <translation>%1: Das Zertifikat „%2“ trägt keine Clearroom-Rolle (erweiterte Schlüsselverwendung %3 für Auditoren oder %4 für leitende Prüfer): Damit signierte Pakete würden die Prüfung nicht bestehen. Bitten Sie die Behörde, es mit einer Rolle auszustellen.</translation>
    </message>
    <message>
        <source>%1: the certificate &quot;%2&quot; is valid from %3 to %4, not now.</source>
        <translation>%1: Das Zertifikat „%2“ ist von %3 bis %4 gültig, nicht jetzt.</translation>
    </message>
    <message>
        <source>Passphrase of the key %1: </source>
        <translation>Passphrase des Schlüssels %1: </translation>
    </message>
    <message>
        <source>Passphrase for the identity file: </source>
        <translation>Passphrase für die Identitätsdatei: </translation>
    </message>
    <message>
        <source>Wrote the identity %1 for %2: %3, %4, valid until %5, certificate SHA-256 %6.
</source>
        <translation>Die Identität %1 für %2 wurde geschrieben: %3, %4, gültig bis %5, Zertifikat-SHA-256 %6.
</translation>
    </message>
    <message>
        <source>Usage:
  clearroom-cli identity request --name NAME [--email E] --key-out KEY.pem
                                 --csr-out REQ.csr [--passphrase-file F]
  clearroom-cli identity import --key KEY.pem [--key-passphrase-file F]
                                --cert CERT.pem [--chain CA.pem] --out ID.p12
                                [--passphrase-file F]

request makes a new ECDSA P-256 key (stored encrypted with a passphrase) and a
certificate signing request for the authority. import puts the key, the
certificate the authority issued and its chain into a PKCS#12 identity file
protected by a new passphrase (--passphrase-file protects the new file;
--key-passphrase-file unlocks the key). Existing files are never replaced.

A passphrase is asked on the terminal, or read from the first line of a file;
never from an argument.
</source>
        <translation>Aufruf:
  clearroom-cli identity request --name NAME [--email E] --key-out KEY.pem
                                 --csr-out REQ.csr [--passphrase-file F]
  clearroom-cli identity import --key KEY.pem [--key-passphrase-file F]
                                --cert CERT.pem [--chain CA.pem] --out ID.p12
                                [--passphrase-file F]

request erzeugt einen neuen ECDSA-P-256-Schlüssel (mit einer Passphrase
verschlüsselt gespeichert) und eine Zertifikatsanforderung für die Behörde.
import legt den Schlüssel, das von der Behörde ausgestellte Zertifikat und seine
Kette in eine PKCS#12-Identitätsdatei, geschützt durch eine neue Passphrase
(--passphrase-file schützt die neue Datei; --key-passphrase-file entsperrt den
Schlüssel). Vorhandene Dateien werden nie ersetzt.

Eine Passphrase wird am Terminal erfragt oder aus der ersten Zeile einer Datei
gelesen, nie aus einem Argument.
</translation>
    </message>
</context>
<context>
    <name>clearroom::cli::Terminal</name>
    <message>
        <source>There is no terminal to ask on.</source>
        <translation>Es gibt kein Terminal für die Rückfrage.</translation>
    </message>
    <message>
        <source>The terminal closed before an answer was given.</source>
        <translation>Das Terminal wurde geschlossen, bevor eine Antwort kam.</translation>
    </message>
    <message>
        <source>%1: cannot read &apos;%2&apos;: %3</source>
        <translation>%1: „%2“ kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: the first line of &apos;%2&apos; is longer than %3 bytes; a passphrase file holds the passphrase on its first line.</source>
        <translation>%1: Die erste Zeile von „%2“ ist länger als %3 Bytes; eine Passphrase-Datei enthält die Passphrase in ihrer ersten Zeile.</translation>
    </message>
    <message>
        <source>%1: the first line of &apos;%2&apos; is empty; it must hold the passphrase.</source>
        <translation>%1: Die erste Zeile von „%2“ ist leer; sie muss die Passphrase enthalten.</translation>
    </message>
    <message>
        <source>A passphrase is needed and there is no terminal to ask on: give it with %1 (its first line), never as an argument.</source>
        <translation>Eine Passphrase wird gebraucht, und es gibt kein Terminal für die Rückfrage: Geben Sie sie mit %1 an (erste Zeile), nie als Argument.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Die Passphrase ist leer.</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Passphrase wiederholen: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Die beiden Passphrasen unterscheiden sich; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>y|yes</source>
        <extracomment>The answers that mean &quot;yes&quot; to a question on the terminal, separated by &quot;|&quot;.</extracomment>
        <translation>j|ja</translation>
    </message>
    <message>
        <source>There is no terminal to show the preview on.</source>
        <translation>Es gibt kein Terminal, um die Vorschau anzuzeigen.</translation>
    </message>
    <message>
        <source>%1: not confirmed; nothing was written.</source>
        <translation>%1: nicht bestätigt; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>clearroom::cli::TrustCommand</name>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Usage: clearroom-cli trust show TRUST [--crl CRL.pem] [--strict]

Shows the trust configuration packages are verified against, as the room&apos;s
security officer checks it: the officer&apos;s signature of the authority&apos;s folder
(verified), each CA certificate with its SHA-256 fingerprint to compare with
what the authority published, the egress policy, every revocation list with the
certificates it revokes, and the roster. TRUST is the authority&apos;s signed folder
or a CA certificate file (PEM); --crl adds revocation lists to a CA file.
A revocation list past its next update is warned about, or fails with --strict.
Exit status 0 when the configuration loads; 1 with one message naming what is
wrong.
</source>
        <translation>Aufruf: clearroom-cli trust show TRUST [--crl CRL.pem] [--strict]

Zeigt die Vertrauenskonfiguration, gegen die Pakete geprüft werden, so wie der
Sicherheitsbeauftragte des Raums sie prüft: die Signatur des Beauftragten über den
Ordner der Prüfstelle (geprüft), jedes CA-Zertifikat mit seinem SHA-256-Fingerabdruck
zum Vergleich mit dem, was die Prüfstelle veröffentlicht hat, die
Ausleitungsrichtlinie, jede Sperrliste mit den Zertifikaten, die sie sperrt, und die
Mitgliederliste. TRUST ist der signierte Ordner der Prüfstelle oder eine
CA-Zertifikatsdatei (PEM); --crl fügt einer CA-Datei Sperrlisten hinzu.
Vor einer Sperrliste nach ihrer nächsten Aktualisierung wird gewarnt; mit --strict
schlägt der Befehl fehl.
Exit-Status 0, wenn die Konfiguration geladen ist; 1 mit einer Meldung, die nennt, was
nicht stimmt.
</translation>
    </message>
</context>
<context>
    <name>clearroom::cli::UserFormat</name>
    <message>
        <source>repo log: the format placeholder &apos;%1&apos; is not supported.</source>
        <translation>repo log: Der Formatplatzhalter „%1“ wird nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>clearroom::cli::VerifyCommand</name>
    <message>
        <source>%1: the package verifies.</source>
        <translation>%1: Das Paket besteht die Prüfung.</translation>
    </message>
    <message>
        <source>  signer: %1 (%2), certificate SHA-256 %3</source>
        <translation>  Unterzeichner: %1 (%2), Zertifikat-SHA-256 %3</translation>
    </message>
    <message>
        <source>  signed at: %1</source>
        <translation>  signiert am: %1</translation>
    </message>
    <message>
        <source>  meaning: %1</source>
        <translation>  Bedeutung: %1</translation>
    </message>
    <message>
        <source>  package: %1 (%2), review &quot;%3&quot;</source>
        <translation>  Paket: %1 (%2), Prüfung „%3“</translation>
    </message>
    <message>
        <source>  findings: %1 (%2)</source>
        <translation>  Befunde: %1 (%2)</translation>
    </message>
    <message>
        <source>  entries: %1, every digest matches; file SHA-256 %2</source>
        <translation>  Einträge: %1, jeder Hashwert stimmt; Datei-SHA-256 %2</translation>
    </message>
    <message>
        <source>  notice: %1</source>
        <translation>  Hinweis: %1</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  Warnung: %1</translation>
    </message>
    <message>
        <source>%1: --trust is required: the authority&apos;s trust configuration folder or CA certificate (PEM).</source>
        <translation>%1: --trust ist erforderlich: der Ordner der Vertrauenskonfiguration der Behörde oder ihr CA-Zertifikat (PEM).</translation>
    </message>
    <message>
        <source>%1 (%2), certificate SHA-256 %3, signed at %4</source>
        <translation>%1 (%2), Zertifikat SHA-256 %3, signiert am %4</translation>
    </message>
    <message>
        <source>  signers:</source>
        <translation>  Unterzeichner:</translation>
    </message>
    <message>
        <source>%1: package %2, review &quot;%3&quot;, findings: %4 (%5)</source>
        <translation>%1: Paket %2, Prüfung „%3“, Befunde: %4 (%5)</translation>
    </message>
    <message>
        <source>notice: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Usage: clearroom-cli verify PKG --trust CA.pem [--crl CRL.pem] [--strict]

Verifies a package completely against the authority&apos;s CA certificate only (never
the system&apos;s trust store): strict ZIP reading, exactly the entries the manifest
lists, every size and SHA-256, the CMS signature, the signer&apos;s certificate at
the signing time, its role for the package&apos;s kind, and revocation (--crl). A
certificate that expired after signing verifies with a notice; a revocation list
past its next update warns, or fails with --strict.
A consolidated package must be signed by a lead reviewer; every auditor&apos;s
package inside it (under sources/) is verified the same way, as an auditor&apos;s
package, and the tree of signers is printed.
Exit status 0 with a summary; 1 with one message naming what is wrong.
</source>
        <translation>Aufruf: clearroom-cli verify PKG --trust CA.pem [--crl CRL.pem] [--strict]

Prüft ein Paket vollständig, allein gegen das CA-Zertifikat der Behörde (nie
gegen den Zertifikatsspeicher des Systems): strenges Lesen des ZIP, genau die
Einträge, die das Manifest nennt, jede Größe und jeden SHA-256, die
CMS-Signatur, das Zertifikat des Unterzeichners zum Signaturzeitpunkt, seine
Rolle für die Art des Pakets und die Sperrung (--crl). Ein Zertifikat, das nach
dem Signieren abgelaufen ist, besteht mit einem Hinweis; eine Sperrliste nach
ihrem nächsten Aktualisierungstermin warnt, mit --strict schlägt sie fehl.
Ein konsolidiertes Paket muss von einem leitenden Prüfer signiert sein; jedes
Paket eines Auditors darin (unter sources/) wird ebenso geprüft, als Paket eines
Auditors, und der Baum der Unterzeichner wird ausgegeben.
Exit-Status 0 mit einer Zusammenfassung; 1 mit einer Meldung, die den Fehler nennt.
</translation>
    </message>
    <message>
        <source>  previous package: %1</source>
        <translation>  vorheriges Paket: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>clearroom::cli::WorkspaceAccess</name>
    <message>
        <source>%1: expects %2; see &apos;%1 --help&apos;.</source>
        <translation>%1: erwartet %2; siehe „%1 --help“.</translation>
    </message>
    <message>
        <source>The repository &apos;%1&apos; of the review cannot be opened at &apos;%2&apos;: %3</source>
        <translation>Das Repository „%1“ der Prüfung lässt sich unter „%2“ nicht öffnen: %3</translation>
    </message>
    <message>
        <source>%1: cannot read &apos;%2&apos;: %3</source>
        <translation>%1: „%2“ kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is larger than 1 MiB.</source>
        <translation>%1: „%2“ ist größer als 1 MiB.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not UTF-8 text.</source>
        <translation>%1: „%2“ ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>&apos;%1 %2&apos; is not a command; see &apos;clearroom-cli %1 --help&apos;.</source>
        <translation>„%1 %2“ ist kein Befehl; siehe „clearroom-cli %1 --help“.</translation>
    </message>
    <message>
        <source>%1: --format is %2, not &apos;%3&apos;.</source>
        <translation>%1: --format ist %2, nicht „%3“.</translation>
    </message>
</context>
<context>
    <name>clearroom::crypto::Certificate</name>
    <message>
        <source>auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>lead reviewer</source>
        <translation>leitender Prüfer</translation>
    </message>
    <message>
        <source>%1 holds a damaged PEM certificate (%2).</source>
        <translation>%1 enthält ein beschädigtes PEM-Zertifikat (%2).</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>%1 enthält kein PEM-Zertifikat („-----BEGIN CERTIFICATE-----“).</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1: %2.</source>
        <translation>Die Zertifikatsdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>Behörde</translation>
    </message>
</context>
<context>
    <name>clearroom::crypto::CertificateRequest</name>
    <message>
        <source>A certificate request needs the signer&apos;s name.</source>
        <translation>Eine Zertifikatsanforderung braucht den Namen des Unterzeichners.</translation>
    </message>
    <message>
        <source>The new key needs a passphrase: it is never stored unencrypted.</source>
        <translation>Der neue Schlüssel braucht eine Passphrase: Er wird nie unverschlüsselt gespeichert.</translation>
    </message>
    <message>
        <source>Cannot make a key (%1).</source>
        <translation>Es kann kein Schlüssel erzeugt werden (%1).</translation>
    </message>
    <message>
        <source>The name or e-mail address cannot go into a certificate request (%1).</source>
        <translation>Der Name oder die E-Mail-Adresse kann nicht in eine Zertifikatsanforderung aufgenommen werden (%1).</translation>
    </message>
    <message>
        <source>Cannot sign the certificate request (%1).</source>
        <translation>Die Zertifikatsanforderung kann nicht signiert werden (%1).</translation>
    </message>
    <message>
        <source>Cannot write the key (%1).</source>
        <translation>Der Schlüssel kann nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>Cannot write the certificate request (%1).</source>
        <translation>Die Zertifikatsanforderung kann nicht geschrieben werden (%1).</translation>
    </message>
</context>
<context>
    <name>clearroom::crypto::CmsSigner</name>
    <message>
        <source>Cannot sign the manifest (%1).</source>
        <translation>Das Manifest kann nicht signiert werden (%1).</translation>
    </message>
    <message>
        <source>Cannot write the signature (%1).</source>
        <translation>Die Signatur kann nicht geschrieben werden (%1).</translation>
    </message>
</context>
<context>
    <name>clearroom::crypto::Identity</name>
    <message>
        <source>Cannot read the identity file %1: %2.</source>
        <translation>Die Identitätsdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not an identity file: a PKCS#12 file is far smaller than %2 bytes.</source>
        <translation>%1 ist keine Identitätsdatei: Eine PKCS#12-Datei ist weit kleiner als %2 Bytes.</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 identity file (%2).</source>
        <translation>%1 ist keine PKCS#12-Identitätsdatei (%2).</translation>
    </message>
    <message>
        <source>The passphrase does not unlock the identity %1.</source>
        <translation>Die Passphrase entsperrt die Identität %1 nicht.</translation>
    </message>
    <message>
        <source>The identity %1 is encrypted with an old algorithm (such as RC2) that OpenSSL 3 no longer offers by default; re-export it with AES (openssl pkcs12 -export ... -keypbe AES-256-CBC -certpbe AES-256-CBC) (%2).</source>
        <translation>Die Identität %1 ist mit einem alten Verfahren (etwa RC2) verschlüsselt, das OpenSSL 3 standardmäßig nicht mehr anbietet; exportieren Sie sie neu mit AES (openssl pkcs12 -export ... -keypbe AES-256-CBC -certpbe AES-256-CBC) (%2).</translation>
    </message>
    <message>
        <source>Cannot read the identity %1 (%2).</source>
        <translation>Die Identität %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The identity %1 holds no private key.</source>
        <translation>Die Identität %1 enthält keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The identity %1 holds no certificate.</source>
        <translation>Die Identität %1 enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>The identity %1 cannot sign packages: %2</source>
        <translation>Mit der Identität %1 können keine Pakete signiert werden: %2</translation>
    </message>
    <message>
        <source>The identity %1: %2</source>
        <translation>Die Identität %1: %2</translation>
    </message>
    <message>
        <source>the certificate &quot;%1&quot; was not issued for this key.</source>
        <translation>das Zertifikat „%1“ wurde nicht für diesen Schlüssel ausgestellt.</translation>
    </message>
    <message>
        <source>An identity file needs a passphrase: its key is never stored unencrypted.</source>
        <translation>Eine Identitätsdatei braucht eine Passphrase: Ihr Schlüssel wird nie unverschlüsselt gespeichert.</translation>
    </message>
    <message>
        <source>The key&apos;s passphrase is wrong, or the key needs one.</source>
        <translation>Die Passphrase des Schlüssels ist falsch, oder der Schlüssel braucht eine.</translation>
    </message>
    <message>
        <source>The key is not a PEM private key (%1).</source>
        <translation>Der Schlüssel ist kein privater PEM-Schlüssel (%1).</translation>
    </message>
    <message>
        <source>The key does not match: %1</source>
        <translation>Der Schlüssel passt nicht: %1</translation>
    </message>
    <message>
        <source>Cannot make the identity file (%1).</source>
        <translation>Die Identitätsdatei kann nicht erzeugt werden (%1).</translation>
    </message>
</context>
<context>
    <name>clearroom::crypto::KeyPolicy</name>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>RSA %1 bits</source>
        <translation>RSA %1 Bit</translation>
    </message>
    <message>
        <source>Clearroom signs with ECDSA P-256 or P-384 keys, or RSA keys of %1 bits or more.</source>
        <translation>Clearroom signiert mit ECDSA-Schlüsseln P-256 oder P-384 oder mit RSA-Schlüsseln ab %1 Bit.</translation>
    </message>
    <message>
        <source>There is no key.</source>
        <translation>Es gibt keinen Schlüssel.</translation>
    </message>
    <message>
        <source>The key is %1: OpenSSL 3.0 cannot make CMS signatures with it, so packages cannot be signed with this identity. %2 Ask the authority for a certificate with such a key.</source>
        <translation>Der Schlüssel ist %1: OpenSSL 3.0 kann damit keine CMS-Signaturen erzeugen, daher können mit dieser Identität keine Pakete signiert werden. %2 Bitten Sie die Behörde um ein Zertifikat mit einem solchen Schlüssel.</translation>
    </message>
    <message>
        <source>The key is %1, too short for signing packages. %2</source>
        <translation>Der Schlüssel ist %1, zu kurz zum Signieren von Paketen. %2</translation>
    </message>
    <message>
        <source>The key is %1, which Clearroom does not sign with. %2</source>
        <translation>Der Schlüssel ist %1; damit signiert Clearroom nicht. %2</translation>
    </message>
</context>
<context>
    <name>clearroom::crypto::RevocationList</name>
    <message>
        <source>%1 holds a damaged revocation list (%2).</source>
        <translation>%1 enthält eine beschädigte Sperrliste (%2).</translation>
    </message>
    <message>
        <source>%1 holds no PEM revocation list (&quot;-----BEGIN X509 CRL-----&quot;).</source>
        <translation>%1 enthält keine PEM-Sperrliste („-----BEGIN X509 CRL-----“).</translation>
    </message>
    <message>
        <source>Cannot read the revocation list %1: %2.</source>
        <translation>Die Sperrliste %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>key compromise</source>
        <translation>Schlüssel kompromittiert</translation>
    </message>
    <message>
        <source>CA compromise</source>
        <translation>CA kompromittiert</translation>
    </message>
    <message>
        <source>affiliation changed</source>
        <translation>Zugehörigkeit geändert</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>cessation of operation</source>
        <translation>Tätigkeit eingestellt</translation>
    </message>
    <message>
        <source>certificate hold</source>
        <translation>Zertifikat ausgesetzt</translation>
    </message>
    <message>
        <source>remove from CRL</source>
        <translation>aus der Sperrliste entfernt</translation>
    </message>
    <message>
        <source>privilege withdrawn</source>
        <translation>Berechtigung entzogen</translation>
    </message>
    <message>
        <source>attribute authority compromise</source>
        <translation>Attributzertifizierungsstelle kompromittiert</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>reason code %1</source>
        <translation>Grundcode %1</translation>
    </message>
</context>
<context>
    <name>clearroom::crypto::SignatureVerifier</name>
    <message>
        <source>The signature is not a CMS structure in DER (%1).</source>
        <translation>Die Signatur ist keine CMS-Struktur in DER (%1).</translation>
    </message>
    <message>
        <source>The signature is a CMS structure of type %1, not SignedData.</source>
        <translation>Die Signatur ist eine CMS-Struktur vom Typ %1, nicht SignedData.</translation>
    </message>
    <message>
        <source>The signature carries content of its own; a package&apos;s signature is detached from the manifest it signs.</source>
        <translation>Die Signatur trägt eigenen Inhalt; die Signatur eines Pakets ist vom signierten Manifest getrennt.</translation>
    </message>
    <message>
        <source>The signature does not state its signing time.</source>
        <translation>Die Signatur gibt ihren Signaturzeitpunkt nicht an.</translation>
    </message>
    <message>
        <source>The signature claims to be made at %1, which is in the future.</source>
        <translation>Die Signatur gibt an, am %1 erstellt worden zu sein – das liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>The signature does not include the signer&apos;s certificate.</source>
        <translation>Die Signatur enthält das Zertifikat des Unterzeichners nicht.</translation>
    </message>
    <message>
        <source>The signature does not match manifest.json: the manifest was changed after signing, or the signature belongs to another manifest (%1).</source>
        <translation>Die Signatur passt nicht zu manifest.json: Das Manifest wurde nach dem Signieren geändert, oder die Signatur gehört zu einem anderen Manifest (%1).</translation>
    </message>
    <message>
        <source>Cannot check the signer&apos;s certificate (%1).</source>
        <translation>Das Zertifikat des Unterzeichners kann nicht geprüft werden (%1).</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate &quot;%1&quot; (issued by &quot;%2&quot;) was not issued by a CA this verification trusts.</source>
        <translation>Das Zertifikat des Unterzeichners „%1“ (ausgestellt von „%2“) stammt von keiner CA, der diese Prüfung vertraut.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate &quot;%1&quot; was not valid at the signing time %2 (valid from %3 to %4).</source>
        <translation>Das Zertifikat des Unterzeichners „%1“ war zum Signaturzeitpunkt %2 nicht gültig (gültig von %3 bis %4).</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate &quot;%1&quot; carries a signature its issuer did not make: it is forged.</source>
        <translation>Das Zertifikat des Unterzeichners „%1“ trägt eine Signatur, die sein Aussteller nicht erstellt hat: Es ist gefälscht.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate &quot;%1&quot; is not valid at the signing time %2: %3.</source>
        <translation>Das Zertifikat des Unterzeichners „%1“ ist zum Signaturzeitpunkt %2 nicht gültig: %3.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; was revoked on %2.</source>
        <translation>Das Zertifikat „%1“ wurde am %2 gesperrt.</translation>
    </message>
    <message>
        <source>The revocation list of &quot;%1&quot; was due to be replaced on %2; a newer one may revoke the signer.</source>
        <translation>Die Sperrliste von „%1“ hätte am %2 ersetzt werden sollen; eine neuere könnte den Unterzeichner sperren.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate &quot;%1&quot; does not allow digital signatures (key usage).</source>
        <translation>Das Zertifikat des Unterzeichners „%1“ erlaubt keine digitalen Signaturen (Schlüsselverwendung).</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate &quot;%1&quot; does not carry the %2 role (extended key usage %3).</source>
        <translation>Das Zertifikat des Unterzeichners „%1“ trägt die Rolle %2 nicht (erweiterte Schlüsselverwendung %3).</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was valid when the package was signed and has expired since (on %1).</source>
        <translation>Das Zertifikat des Unterzeichners war beim Signieren des Pakets gültig und ist seitdem abgelaufen (am %1).</translation>
    </message>
    <message>
        <source>The signature is for content of type %1, not for %2 (%3).</source>
        <translation>Die Signatur gilt Inhalt vom Typ %1, nicht %2 (%3).</translation>
    </message>
    <message>
        <source>a Clearroom package manifest</source>
        <translation>einem Clearroom-Paketmanifest</translation>
    </message>
    <message>
        <source>a Clearroom trust configuration</source>
        <translation>einer Clearroom-Vertrauenskonfiguration</translation>
    </message>
    <message>
        <source>The signature has %1 signers; it must have exactly one.</source>
        <translation>Die Signatur hat %1 Unterzeichner; sie muss genau einen haben.</translation>
    </message>
</context>
<context>
    <name>clearroom::crypto::TrustStore</name>
    <message>
        <source>No CA certificate to trust was given.</source>
        <translation>Es wurde kein vertrauenswürdiges CA-Zertifikat angegeben.</translation>
    </message>
    <message>
        <source>The revocation list of &quot;%1&quot; is not signed by any of the trusted CA certificates.</source>
        <translation>Die Sperrliste von „%1“ ist von keinem der vertrauenswürdigen CA-Zertifikate signiert.</translation>
    </message>
</context>
<context>
    <name>clearroom::git::Abbreviator</name>
    <message>
        <source>The configuration of the repository &apos;%1&apos; cannot be read: %2</source>
        <translation>Die Konfiguration des Repositorys „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The repository &apos;%1&apos; sets core.abbrev to &apos;%2&apos;, which is not &apos;auto&apos;, &apos;no&apos; or a length from 4 to 40.</source>
        <translation>Das Repository „%1“ setzt core.abbrev auf „%2“; das ist weder „auto“ noch „no“ noch eine Länge von 4 bis 40.</translation>
    </message>
    <message>
        <source>The objects of the repository &apos;%1&apos; cannot be searched for %2: %3</source>
        <translation>Die Objekte des Repositorys „%1“ können nicht nach %2 durchsucht werden: %3</translation>
    </message>
</context>
<context>
    <name>clearroom::git::Blame</name>
    <message>
        <source>The commit %1 names the parent %2, which cannot be read: %3</source>
        <translation>Der Commit %1 nennt den Elternteil %2, der sich nicht lesen lässt: %3</translation>
    </message>
    <message>
        <source>The commit %1 in the repository &apos;%2&apos; is damaged: it does not begin with a tree line.</source>
        <translation>Der Commit %1 im Repository „%2“ ist beschädigt: Er beginnt nicht mit einer tree-Zeile.</translation>
    </message>
    <message>
        <source>There is no file &apos;%1&apos; in the commit %2.</source>
        <translation>Im Commit %2 gibt es keine Datei „%1“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder in the commit %2; blame needs a file.</source>
        <translation>„%1“ ist im Commit %2 ein Ordner; blame braucht eine Datei.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a submodule in the commit %2; blame needs a file.</source>
        <translation>„%1“ ist im Commit %2 ein Submodul; blame braucht eine Datei.</translation>
    </message>
</context>
<context>
    <name>clearroom::git::BlameDiff</name>
    <message>
        <source>Two versions of a file could not be compared: %1</source>
        <translation>Zwei Versionen einer Datei konnten nicht verglichen werden: %1</translation>
    </message>
</context>
<context>
    <name>clearroom::git::BlobStreamer</name>
    <message>
        <source>The blob %1 in the repository &apos;%2&apos; is damaged: %3.</source>
        <translation>Der Blob %1 im Repository „%2“ ist beschädigt: %3.</translation>
    </message>
    <message>
        <source>its entry in the pack %1 cannot be parsed</source>
        <translation>sein Eintrag im Pack %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The object %1 in &apos;%2&apos; is a %3, not a blob.</source>
        <translation>Das Objekt %1 in „%2“ ist ein %3, kein Blob.</translation>
    </message>
    <message>
        <source>The blob %1 cannot be read from the pack %2: %3</source>
        <translation>Der Blob %1 kann nicht aus dem Pack %2 gelesen werden: %3</translation>
    </message>
    <message>
        <source>its compressed data in the pack %1 is damaged</source>
        <translation>seine komprimierten Daten im Pack %1 sind beschädigt</translation>
    </message>
    <message>
        <source>its size in the pack %1 does not match its entry</source>
        <translation>seine Größe im Pack %1 passt nicht zu seinem Eintrag</translation>
    </message>
    <message>
        <source>its content in the pack %1 does not match its id</source>
        <translation>sein Inhalt im Pack %1 passt nicht zu seiner ID</translation>
    </message>
    <message>
        <source>The blob %1 cannot be read from %2: %3</source>
        <translation>Der Blob %1 kann nicht aus %2 gelesen werden: %3</translation>
    </message>
    <message>
        <source>its header is not a git object header</source>
        <translation>sein Kopf ist kein Kopf eines git-Objekts</translation>
    </message>
    <message>
        <source>its compressed data in %1 is damaged</source>
        <translation>seine komprimierten Daten in %1 sind beschädigt</translation>
    </message>
    <message>
        <source>%1 ends before its compressed data does (truncated)</source>
        <translation>%1 endet vor seinen komprimierten Daten (abgeschnitten)</translation>
    </message>
    <message>
        <source>its size in %1 does not match its header</source>
        <translation>seine Größe in %1 passt nicht zu seinem Kopf</translation>
    </message>
    <message>
        <source>its content in %1 does not match its id</source>
        <translation>sein Inhalt in %1 passt nicht zu seiner ID</translation>
    </message>
    <message>
        <source>The blob %1 in &apos;%2&apos; is %3 bytes, stored in a form that Clearroom cannot read piece by piece (a delta, or in the objects of another repository); it reads such a blob whole only up to %4 MiB.</source>
        <translation>Der Blob %1 in „%2“ ist %3 Bytes groß und in einer Form gespeichert, die Clearroom nicht stückweise lesen kann (ein Delta oder in den Objekten eines anderen Repositorys); einen solchen Blob liest es nur bis %4 MiB am Stück.</translation>
    </message>
</context>
<context>
    <name>clearroom::git::CommitGraphCache</name>
    <message>
        <source>it is truncated</source>
        <translation>sie ist abgeschnitten</translation>
    </message>
    <message>
        <source>it is not a Clearroom commit-graph file</source>
        <translation>sie ist keine Commit-Graph-Datei von Clearroom</translation>
    </message>
    <message>
        <source>its checksum does not match its content</source>
        <translation>ihre Prüfsumme passt nicht zu ihrem Inhalt</translation>
    </message>
    <message>
        <source>it has another format version</source>
        <translation>sie hat eine andere Formatversion</translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation>ihr Kopf ist beschädigt</translation>
    </message>
    <message>
        <source>it belongs to another repository</source>
        <translation>sie gehört zu einem anderen Repository</translation>
    </message>
    <message>
        <source>its filters are made differently</source>
        <translation>ihre Filter sind anders aufgebaut</translation>
    </message>
    <message>
        <source>its sections do not add up to its size</source>
        <translation>ihre Abschnitte ergeben nicht ihre Größe</translation>
    </message>
    <message>
        <source>its commits are not in order</source>
        <translation>ihre Commits sind nicht sortiert</translation>
    </message>
    <message>
        <source>a commit&apos;s parents lie outside the file</source>
        <translation>die Eltern eines Commits liegen außerhalb der Datei</translation>
    </message>
    <message>
        <source>a commit&apos;s filter lies outside the file</source>
        <translation>der Filter eines Commits liegt außerhalb der Datei</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>sie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>it is larger than any cache Clearroom writes</source>
        <translation>sie ist größer als jeder Cache, den Clearroom schreibt</translation>
    </message>
    <message>
        <source>The commit-graph cache &apos;%1&apos; was discarded: %2.</source>
        <translation>Der Commit-Graph-Cache „%1“ wurde verworfen: %2.</translation>
    </message>
    <message>
        <source>The commit-graph cache &apos;%1&apos; cannot be deleted.</source>
        <translation>Der Commit-Graph-Cache „%1“ kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Building the commit-graph cache was cancelled.</source>
        <translation>Das Erstellen des Commit-Graph-Caches wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The repository is too large for a commit-graph cache.</source>
        <translation>Das Repository ist zu groß für einen Commit-Graph-Cache.</translation>
    </message>
    <message>
        <source>The cache folder &apos;%1&apos; cannot be created.</source>
        <translation>Der Cache-Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The commit-graph cache &apos;%1&apos; cannot be written: %2</source>
        <translation>Der Commit-Graph-Cache „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it does not read back</source>
        <translation>er lässt sich nicht zurücklesen</translation>
    </message>
    <message>
        <source>The commit-graph cache &apos;%1&apos; disagrees with the commit %2 in the repository &apos;%3&apos;, so it was deleted. Run the command again.</source>
        <translation>Der Commit-Graph-Cache „%1“ widerspricht dem Commit %2 im Repository „%3“ und wurde daher gelöscht. Führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>its lists of changed paths are damaged</source>
        <translation>ihre Listen geänderter Pfade sind beschädigt</translation>
    </message>
</context>
<context>
    <name>clearroom::git::History</name>
    <message>
        <source>The commit %1 names the parent %2, which cannot be read: %3</source>
        <translation>Der Commit %1 nennt den Elternteil %2, der nicht gelesen werden kann: %3</translation>
    </message>
    <message>
        <source>The commit %1 in the repository &apos;%2&apos; is damaged: it does not begin with a tree line.</source>
        <translation>Der Commit %1 im Repository „%2“ ist beschädigt: Er beginnt nicht mit einer tree-Zeile.</translation>
    </message>
</context>
<context>
    <name>clearroom::git::LineDiff</name>
    <message>
        <source>The line diff failed: %1</source>
        <translation>Der zeilenweise Vergleich schlug fehl: %1</translation>
    </message>
</context>
<context>
    <name>clearroom::git::LineMatcher</name>
    <message>
        <source>The regular expression &apos;%1&apos; could not be applied: the system&apos;s regular expression library ran out of memory.</source>
        <translation>Der reguläre Ausdruck „%1“ konnte nicht angewandt werden: Der Bibliothek für reguläre Ausdrücke des Systems ging der Speicher aus.</translation>
    </message>
    <message>
        <source>The pattern &apos;%1&apos; contains a NUL byte, which a regular expression cannot hold; search for it with fixed strings.</source>
        <translation>Das Muster „%1“ enthält ein NUL-Byte, das ein regulärer Ausdruck nicht enthalten kann; suchen Sie danach mit festen Zeichenketten.</translation>
    </message>
    <message>
        <source>The pattern &apos;%1&apos; is not a valid regular expression: %2.</source>
        <translation>Das Muster „%1“ ist kein gültiger regulärer Ausdruck: %2.</translation>
    </message>
    <message>
        <source>A search needs at least one pattern.</source>
        <translation>Eine Suche braucht mindestens ein Muster.</translation>
    </message>
</context>
<context>
    <name>clearroom::git::ObjectReader</name>
    <message>
        <source>Object %1 in the repository &apos;%2&apos; is damaged: its content does not match its id.</source>
        <translation>Das Objekt %1 im Repository „%2“ ist beschädigt: Sein Inhalt passt nicht zu seiner ID.</translation>
    </message>
    <message>
        <source>The object %1 in &apos;%2&apos; is a %3, not a %4.</source>
        <translation>Das Objekt %1 in „%2“ ist ein %3, kein %4.</translation>
    </message>
    <message>
        <source>Object %1 in the repository &apos;%2&apos; cannot be read: its pack is damaged.</source>
        <translation>Das Objekt %1 im Repository „%2“ kann nicht gelesen werden: Sein Pack ist beschädigt.</translation>
    </message>
    <message>
        <source>Object %1 is missing from the repository &apos;%2&apos;.</source>
        <translation>Das Objekt %1 fehlt im Repository „%2“.</translation>
    </message>
    <message>
        <source>Object %1 in the repository &apos;%2&apos; cannot be read: %3</source>
        <translation>Das Objekt %1 im Repository „%2“ kann nicht gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>clearroom::git::OrderedFileWork</name>
    <message>
        <source>No thread could be started to read the files of &apos;%1&apos;: %2</source>
        <translation>Zum Lesen der Dateien von „%1“ konnte kein Thread gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>clearroom::git::Pathspec</name>
    <message>
        <source>The path &apos;%1&apos; is absolute; give it relative to the top of the repository.</source>
        <translation>Der Pfad „%1“ ist absolut; geben Sie ihn relativ zur obersten Ebene des Repositorys an.</translation>
    </message>
    <message>
        <source>The path &apos;%1&apos; is outside the repository.</source>
        <translation>Der Pfad „%1“ liegt außerhalb des Repositorys.</translation>
    </message>
    <message>
        <source>The pathspec &apos;%1&apos; lacks the &apos;)&apos; that ends its magic.</source>
        <translation>Der Pfadangabe „%1“ fehlt die „)“, die ihre Magie beendet.</translation>
    </message>
    <message>
        <source>The pathspec magic &apos;%1&apos; in &apos;%2&apos; is not supported; &apos;top&apos;, &apos;exclude&apos;, &apos;literal&apos; and &apos;glob&apos; are.</source>
        <translation>Die Pfadangabe-Magie „%1“ in „%2“ wird nicht unterstützt; „top“, „exclude“, „literal“ und „glob“ schon.</translation>
    </message>
    <message>
        <source>The pathspec &apos;%1&apos; asks for both &apos;literal&apos; and &apos;glob&apos; magic, which exclude each other.</source>
        <translation>Die Pfadangabe „%1“ verlangt sowohl „literal“ als auch „glob“, die einander ausschließen.</translation>
    </message>
    <message>
        <source>An empty path names nothing; use &apos;.&apos; for the whole tree.</source>
        <translation>Ein leerer Pfad benennt nichts; verwenden Sie „.“ für den ganzen Baum.</translation>
    </message>
</context>
<context>
    <name>clearroom::git::Repository</name>
    <message>
        <source>unknown libgit2 error</source>
        <translation>unbekannter Fehler in libgit2</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; cannot be read: %2</source>
        <translation>Die Datei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; does not name a git directory (expected a line &apos;gitdir: PATH&apos;).</source>
        <translation>Die Datei „%1“ nennt kein Git-Verzeichnis (erwartet wurde eine Zeile „gitdir: PFAD“).</translation>
    </message>
    <message>
        <source>Object %1 is missing from the repository &apos;%2&apos;.</source>
        <translation>Das Objekt %1 fehlt im Repository „%2“.</translation>
    </message>
    <message>
        <source>Object %1 in the repository &apos;%2&apos; cannot be read: %3</source>
        <translation>Das Objekt %1 im Repository „%2“ kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file, not a folder holding a git repository.</source>
        <translation>„%1“ ist eine Datei, kein Ordner mit einem Git-Repository.</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; cannot be read: permission denied.</source>
        <translation>Der Ordner „%1“ kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a git repository: neither it nor a .git folder inside it holds objects, refs and HEAD.</source>
        <translation>„%1“ ist kein Git-Repository: Weder der Ordner selbst noch ein .git-Ordner darin enthält Objekte, Refs und HEAD.</translation>
    </message>
    <message>
        <source>The repository &apos;%1&apos; cannot be opened: %2</source>
        <translation>Das Repository „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The object database of &apos;%1&apos; cannot be opened: %2</source>
        <translation>Die Objektdatenbank von „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>An empty revision names nothing.</source>
        <translation>Eine leere Revision benennt nichts.</translation>
    </message>
    <message>
        <source>The revision &apos;%1&apos; contains a NUL byte.</source>
        <translation>Die Revision „%1“ enthält ein NUL-Byte.</translation>
    </message>
    <message>
        <source>The revision &apos;%1&apos; is ambiguous: several objects in &apos;%2&apos; start with it.</source>
        <translation>Die Revision „%1“ ist mehrdeutig: Mehrere Objekte in „%2“ beginnen damit.</translation>
    </message>
    <message>
        <source>The path &apos;%1&apos; does not exist in &apos;%2&apos;.</source>
        <translation>Der Pfad „%1“ existiert in „%2“ nicht.</translation>
    </message>
    <message>
        <source>Unknown revision &apos;%1&apos; in &apos;%2&apos;: no branch, tag or object of that name.</source>
        <translation>Unbekannte Revision „%1“ in „%2“: kein Branch, Tag oder Objekt dieses Namens.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid revision: %2</source>
        <translation>„%1“ ist keine gültige Revision: %2</translation>
    </message>
    <message>
        <source>The revision &apos;%1&apos; cannot be read from &apos;%2&apos;: %3</source>
        <translation>Die Revision „%1“ kann nicht aus „%2“ gelesen werden: %3</translation>
    </message>
    <message>
        <source>The object %1 cannot be read: %2</source>
        <translation>Das Objekt %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names a %2, not a %3.</source>
        <translation>„%1“ benennt ein Objekt vom Typ %2, nicht vom Typ %3.</translation>
    </message>
    <message>
        <source>The object %1 in &apos;%2&apos; is not a tree.</source>
        <translation>Das Objekt %1 in „%2“ ist kein Baum.</translation>
    </message>
    <message>
        <source>The branches and tags of &apos;%1&apos; cannot be read: %2</source>
        <translation>Die Branches und Tags von „%1“ können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The path &apos;%1&apos; in &apos;%2&apos; is a submodule: its commit %3 belongs to another repository.</source>
        <translation>Der Pfad „%1“ in „%2“ ist ein Submodul: Sein Commit %3 gehört zu einem anderen Repository.</translation>
    </message>
    <message>
        <source>The path &apos;%1&apos; in &apos;%2&apos; names the object %3, which is missing from the repository &apos;%4&apos;.</source>
        <translation>Der Pfad „%1“ in „%2“ benennt das Objekt %3, das im Repository „%4“ fehlt.</translation>
    </message>
    <message>
        <source>zlib cannot be initialised</source>
        <translation>zlib kann nicht initialisiert werden</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>es kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>it ends before its compressed data does (truncated)</source>
        <translation>es endet vor seinen komprimierten Daten (abgeschnitten)</translation>
    </message>
    <message>
        <source>its header is not a git object header</source>
        <translation>sein Kopf ist kein Git-Objektkopf</translation>
    </message>
    <message>
        <source>its compressed data is damaged</source>
        <translation>seine komprimierten Daten sind beschädigt</translation>
    </message>
    <message>
        <source>its size does not match its header</source>
        <translation>seine Größe passt nicht zu seinem Kopf</translation>
    </message>
    <message>
        <source>the loose object %1 is damaged: %2</source>
        <translation>das lose Objekt %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a SHA-256 repository; the libgit2 %2 this build of Clearroom uses can read only SHA-1 repositories.</source>
        <translation>„%1“ ist ein SHA-256-Repository; das von diesem Clearroom-Build verwendete libgit2 %2 kann nur SHA-1-Repositorys lesen.</translation>
    </message>
    <message>
        <source>The object %1 in &apos;%2&apos; is a %3, not a commit.</source>
        <translation>Das Objekt %1 in „%2“ ist ein %3, kein Commit.</translation>
    </message>
    <message>
        <source>The commit %1 in the repository &apos;%2&apos; is damaged: it does not begin with a tree line.</source>
        <translation>Der Commit %1 im Repository „%2“ ist beschädigt: Er beginnt nicht mit einer tree-Zeile.</translation>
    </message>
</context>
<context>
    <name>clearroom::git::RepositoryInspector</name>
    <message>
        <source>The .git file of this work tree points to the git directory %1.</source>
        <translation>Die .git-Datei dieses Arbeitsverzeichnisses verweist auf das Git-Verzeichnis %1.</translation>
    </message>
    <message>
        <source>This git directory shares its objects and refs with %1 (commondir).</source>
        <translation>Dieses Git-Verzeichnis teilt seine Objekte und Refs mit %1 (commondir).</translation>
    </message>
    <message numerus="yes">
        <source>Objects are also read from %n other folder(s) (objects/info/alternates): what is shown may not all be stored in this repository.</source>
        <translation>
            <numerusform>Objekte werden auch aus %n anderem Ordner gelesen (objects/info/alternates): Nicht alles Angezeigte ist unbedingt in diesem Repository gespeichert.</numerusform>
            <numerusform>Objekte werden auch aus %n anderen Ordnern gelesen (objects/info/alternates): Nicht alles Angezeigte ist unbedingt in diesem Repository gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The configuration names a work tree elsewhere (core.worktree = %1); Clearroom ignores it and reads only the object database.</source>
        <translation>Die Konfiguration nennt ein Arbeitsverzeichnis an anderer Stelle (core.worktree = %1); Clearroom ignoriert es und liest nur die Objektdatenbank.</translation>
    </message>
    <message>
        <source>The configuration includes other files (include.path): %1.</source>
        <translation>Die Konfiguration bindet andere Dateien ein (include.path): %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) are replaced by refs/replace: git would show the replacements; Clearroom shows the original objects, as git --no-replace-objects does.</source>
        <translation>
            <numerusform>%n Objekt wird durch refs/replace ersetzt: git würde den Ersatz zeigen; Clearroom zeigt das ursprüngliche Objekt, wie git --no-replace-objects.</numerusform>
            <numerusform>%n Objekte werden durch refs/replace ersetzt: git würde die Ersetzungen zeigen; Clearroom zeigt die ursprünglichen Objekte, wie git --no-replace-objects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>info/grafts rewrites the parents of %n commit(s): git would show a different history; Clearroom shows the parents the commits record.</source>
        <translation>
            <numerusform>info/grafts schreibt die Eltern von %n Commit um: git würde eine andere Historie zeigen; Clearroom zeigt die Eltern, die die Commits verzeichnen.</numerusform>
            <numerusform>info/grafts schreibt die Eltern von %n Commits um: git würde eine andere Historie zeigen; Clearroom zeigt die Eltern, die die Commits verzeichnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This is a shallow clone: history stops at %n commit(s) whose parents are not in the repository.</source>
        <translation>
            <numerusform>Dies ist ein verkürzter Klon (shallow): Die Historie endet an %n Commit, dessen Eltern nicht im Repository sind.</numerusform>
            <numerusform>Dies ist ein verkürzter Klon (shallow): Die Historie endet an %n Commits, deren Eltern nicht im Repository sind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::git::TextContent</name>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation>UTF-8 mit Byte-Order-Mark</translation>
    </message>
    <message>
        <source>Latin-1 (ISO-8859-1), not UTF-8</source>
        <translation>Latin-1 (ISO-8859-1), nicht UTF-8</translation>
    </message>
</context>
<context>
    <name>clearroom::git::TreeGrep</name>
    <message>
        <source>The search of &apos;%1&apos; ended before the file &apos;%2&apos; was searched.</source>
        <translation>Die Suche in „%1“ endete, bevor die Datei „%2“ durchsucht war.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; cannot be searched: %2</source>
        <translation>Die Datei „%1“ kann nicht durchsucht werden: %2</translation>
    </message>
</context>
<context>
    <name>clearroom::git::TreeReader</name>
    <message>
        <source>The tree %1 in the repository &apos;%2&apos; is damaged: its entries cannot be read.</source>
        <translation>Der Baum %1 im Repository „%2“ ist beschädigt: Seine Einträge können nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>clearroom::git::VerifiedObjects</name>
    <message>
        <source>it is truncated</source>
        <translation>sie ist abgeschnitten</translation>
    </message>
    <message>
        <source>it is not a Clearroom record of verified objects</source>
        <translation>sie ist kein Clearroom-Verzeichnis geprüfter Objekte</translation>
    </message>
    <message>
        <source>its checksum does not match its content</source>
        <translation>ihre Prüfsumme passt nicht zu ihrem Inhalt</translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation>ihr Kopf ist beschädigt</translation>
    </message>
    <message>
        <source>it belongs to another repository</source>
        <translation>sie gehört zu einem anderen Repository</translation>
    </message>
    <message>
        <source>its entries do not add up to its size</source>
        <translation>ihre Einträge ergeben nicht ihre Größe</translation>
    </message>
    <message>
        <source>an entry is of an unknown kind</source>
        <translation>ein Eintrag ist von unbekannter Art</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>sie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>it is larger than any record Clearroom writes</source>
        <translation>sie ist größer als jedes Verzeichnis, das Clearroom schreibt</translation>
    </message>
    <message>
        <source>The record of verified objects &apos;%1&apos; was discarded: %2.</source>
        <translation>Das Verzeichnis geprüfter Objekte „%1“ wurde verworfen: %2.</translation>
    </message>
    <message>
        <source>it has an unknown version</source>
        <translation>sie hat eine unbekannte Version</translation>
    </message>
    <message>
        <source>its fan-out table is not in order</source>
        <translation>ihre Fan-out-Tabelle ist nicht geordnet</translation>
    </message>
    <message>
        <source>its size does not match its object count</source>
        <translation>ihre Größe passt nicht zu ihrer Objektzahl</translation>
    </message>
    <message>
        <source>an offset lies outside it</source>
        <translation>ein Offset liegt außerhalb von ihr</translation>
    </message>
    <message>
        <source>its ids are not in order</source>
        <translation>ihre IDs sind nicht geordnet</translation>
    </message>
    <message>
        <source>Verifying %1: %2 of %3 objects hashed</source>
        <translation>Prüfe %1: %2 von %3 Objekten gehasht</translation>
    </message>
    <message>
        <source>The pack &apos;%1&apos; cannot be verified: %2</source>
        <translation>Das Pack „%1“ kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>its index is damaged: %1</source>
        <translation>seine Indexdatei ist beschädigt: %1</translation>
    </message>
    <message>
        <source>its index belongs to another pack</source>
        <translation>seine Indexdatei gehört zu einem anderen Pack</translation>
    </message>
    <message>
        <source>the temporary folder &apos;%1&apos; cannot be created</source>
        <translation>der temporäre Ordner „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Verifying the objects was cancelled.</source>
        <translation>Das Prüfen der Objekte wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The object %1 in the pack &apos;%2&apos; is damaged: the pack&apos;s index points it at an offset where no object starts.</source>
        <translation>Das Objekt %1 im Pack „%2“ ist beschädigt: Die Indexdatei des Packs verweist auf einen Offset, an dem kein Objekt beginnt.</translation>
    </message>
    <message>
        <source>The object %1 in the pack &apos;%2&apos; is damaged: its content hashes to %3.</source>
        <translation>Das Objekt %1 im Pack „%2“ ist beschädigt: Sein Inhalt hat den Hash %3.</translation>
    </message>
    <message>
        <source>it holds %1 objects, its index lists %2</source>
        <translation>es enthält %1 Objekte, seine Indexdatei nennt %2</translation>
    </message>
    <message>
        <source>it is not in git&apos;s loose format</source>
        <translation>es ist nicht im losen Format von git</translation>
    </message>
    <message>
        <source>zlib cannot be initialised</source>
        <translation>zlib kann nicht initialisiert werden</translation>
    </message>
    <message>
        <source>its header is not a git object header</source>
        <translation>sein Kopf ist kein Git-Objektkopf</translation>
    </message>
    <message>
        <source>its size does not match its header</source>
        <translation>seine Größe passt nicht zu seinem Kopf</translation>
    </message>
    <message>
        <source>its compressed data is damaged or its size does not match its header</source>
        <translation>seine komprimierten Daten sind beschädigt oder seine Größe passt nicht zu seinem Kopf</translation>
    </message>
    <message>
        <source>its content does not match its id</source>
        <translation>sein Inhalt passt nicht zu seiner ID</translation>
    </message>
    <message>
        <source>the repository reads objects from other repositories (alternates), which the record does not cover</source>
        <translation>das Repository liest Objekte aus anderen Repositorys (alternates), die das Verzeichnis nicht abdeckt</translation>
    </message>
    <message>
        <source>the repository has a multi-pack-index, which the record does not cover</source>
        <translation>das Repository hat einen multi-pack-index, den das Verzeichnis nicht abdeckt</translation>
    </message>
    <message>
        <source>The cache folder &apos;%1&apos; cannot be created.</source>
        <translation>Der Cache-Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The object folder &apos;%1&apos; cannot be listed.</source>
        <translation>Der Objektordner „%1“ kann nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Verifying %1 (%2 MB)</source>
        <translation>Prüfe %1 (%2 MB)</translation>
    </message>
    <message>
        <source>Verifying the loose objects</source>
        <translation>Prüfe die losen Objekte</translation>
    </message>
    <message>
        <source>The loose object %1 in &apos;%2&apos; is damaged: %3</source>
        <translation>Das lose Objekt %1 in „%2“ ist beschädigt: %3</translation>
    </message>
    <message>
        <source>The object files of &apos;%1&apos; changed while they were verified; nothing was recorded. Run the command again.</source>
        <translation>Die Objektdateien von „%1“ haben sich während der Prüfung geändert; nichts wurde verzeichnet. Führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <source>The record of verified objects &apos;%1&apos; cannot be written: %2</source>
        <translation>Das Verzeichnis geprüfter Objekte „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The record of verified objects &apos;%1&apos; cannot be deleted.</source>
        <translation>Das Verzeichnis geprüfter Objekte „%1“ kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>%1 (gone)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (geändert)</translation>
    </message>
    <message>
        <source>its file cannot be read: %1</source>
        <translation>seine Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>its entries are not in order</source>
        <translation>ihre Einträge sind nicht geordnet</translation>
    </message>
</context>
<context>
    <name>clearroom::package::AutomaticConsolidation</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>severity %1, the highest of the sources (%2)</source>
        <translation>Schweregrad %1, den höchsten der Quellen (%2)</translation>
    </message>
    <message>
        <source>status %1, the one that keeps the problem most visible (%2)</source>
        <translation>Status %1, der das Problem am sichtbarsten hält (%2)</translation>
    </message>
    <message>
        <source>the title of the most severe finding (%1)</source>
        <translation>den Titel des schwersten Befunds (%1)</translation>
    </message>
    <message>
        <source>the CWE of the most severe finding (%1)</source>
        <translation>die CWE des schwersten Befunds (%1)</translation>
    </message>
    <message>
        <source>Merged automatically: the sources agree on title, severity, status and CWE.</source>
        <translation>Automatisch zusammengeführt: die Quellen stimmen in Titel, Schweregrad, Status und CWE überein.</translation>
    </message>
    <message>
        <source>Merged automatically, taking %1.</source>
        <translation>Automatisch zusammengeführt; der konsolidierte Befund übernimmt %1.</translation>
    </message>
    <message>
        <source>Kept automatically as %1 recorded it: no other auditor reported a matching finding.</source>
        <translation>Automatisch so übernommen, wie %1 ihn erfasst hat: kein anderer Auditor hat einen passenden Befund gemeldet.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;</source>
        <extracomment>An auditor and the title of their finding, quoted.</extracomment>
        <translation>%1: „%2“</translation>
    </message>
</context>
<context>
    <name>clearroom::package::ConsolidatedPackageBuilder</name>
    <message>
        <source>merged</source>
        <translation>zusammengeführt</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>%1 (automatic)</source>
        <translation>%1 (automatisch)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 does not carry the lead reviewer role: a consolidated package is signed by a lead reviewer.</source>
        <translation>Das Zertifikat von %1 trägt nicht die Rolle des leitenden Prüfers: ein konsolidiertes Paket signiert ein leitender Prüfer.</translation>
    </message>
    <message>
        <source>A consolidated package needs at least one auditor&apos;s package.</source>
        <translation>Ein konsolidiertes Paket braucht mindestens ein Paket eines Auditors.</translation>
    </message>
    <message numerus="yes">
        <source>%n source finding(s) have no decision yet (the first: %1 of %2).</source>
        <translation>
            <numerusform>%n Quellbefund hat noch keine Entscheidung (der erste: %1 von %2).</numerusform>
            <numerusform>%n Quellbefunde haben noch keine Entscheidung (der erste: %1 von %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The consolidated package would be about %1 bytes; the room&apos;s egress policy allows at most %2.</source>
        <translation>Das konsolidierte Paket wäre etwa %1 Bytes groß; die Ausleitungsrichtlinie des Raums erlaubt höchstens %2.</translation>
    </message>
    <message>
        <source>The identity&apos;s certificate is not the one the package was prepared for.</source>
        <translation>Das Zertifikat der Identität ist nicht das, für das das Paket vorbereitet wurde.</translation>
    </message>
    <message>
        <source>Cannot read the source package %1: %2.</source>
        <translation>Das Quellpaket %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The source package %1 changed after it was verified; nothing was written.</source>
        <translation>Das Quellpaket %1 wurde nach der Prüfung verändert; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Consolidated review report</source>
        <translation>Konsolidierter Prüfbericht</translation>
    </message>
    <message>
        <source>What each auditor found</source>
        <translation>Was jeder Auditor gefunden hat</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>What the lead decided</source>
        <translation>Was der leitende Prüfer entschieden hat</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>Decisions marked automatic were made by Clearroom&apos;s rules (duplicates merged, every other finding kept), not by the lead.</source>
        <translation>Als automatisch gekennzeichnete Entscheidungen hat Clearroom nach seinen Regeln getroffen (Duplikate zusammengeführt, jeder andere Befund übernommen), nicht der leitende Prüfer.</translation>
    </message>
    <message>
        <source>Consolidation</source>
        <translation>Konsolidierung</translation>
    </message>
    <message>
        <source>Grouped because</source>
        <translation>Gruppiert, weil</translation>
    </message>
    <message>
        <source>Packages given to the consolidation but left out of it:</source>
        <translation>Pakete, die der Konsolidierung übergeben, aber außen vor gelassen wurden:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>The package has no entry “%1”.</source>
        <translation>Das Paket hat keinen Eintrag „%1“.</translation>
    </message>
    <message>
        <source>The package was not prepared yet.</source>
        <translation>Das Paket wurde noch nicht vorbereitet.</translation>
    </message>
</context>
<context>
    <name>clearroom::package::ConsolidationReanchoring</name>
    <message>
        <source>--commit names the repository &quot;%1&quot;, which no package reviewed.</source>
        <translation>--commit nennt das Repository „%1“, das kein Paket geprüft hat.</translation>
    </message>
    <message>
        <source>None of the repositories given with --repo holds the commits the packages reviewed of &quot;%1&quot;.</source>
        <translation>Keines der mit --repo angegebenen Repositorys enthält die Commits, die die Pakete von „%1“ geprüft haben.</translation>
    </message>
    <message>
        <source>--commit %1=%2: %3</source>
        <translation>--commit %1=%2: %3</translation>
    </message>
    <message>
        <source>Cannot bring the findings of &quot;%1&quot; from commit %2 onto %3: %4</source>
        <translation>Die Befunde von „%1“ können nicht von Commit %2 auf %3 gebracht werden: %4</translation>
    </message>
    <message>
        <source>Findings of &quot;%1&quot; brought onto commit %2 (%3): %4 exact, %5 moved, %6 modified, %7 orphaned, %8 already there.</source>
        <translation>Befunde von „%1“ auf Commit %2 gebracht (%3): %4 exakt, %5 verschoben, %6 geändert, %7 verwaist, %8 schon dort.</translation>
    </message>
    <message>
        <source>the one most packages reviewed</source>
        <translation>der, den die meisten Pakete geprüft haben</translation>
    </message>
</context>
<context>
    <name>clearroom::package::DecisionRules</name>
    <message>
        <source>no CWE</source>
        <translation>keine CWE</translation>
    </message>
    <message>
        <source>title (%1)</source>
        <translation>Titel (%1)</translation>
    </message>
    <message>
        <source>severity (%1)</source>
        <translation>Schweregrad (%1)</translation>
    </message>
    <message>
        <source>status (%1)</source>
        <translation>Status (%1)</translation>
    </message>
    <message>
        <source>CWE (%1)</source>
        <translation>CWE (%1)</translation>
    </message>
    <message>
        <source>description (differs from %1)</source>
        <translation>Beschreibung (weicht ab von %1)</translation>
    </message>
    <message>
        <source>recommendation (differs from %1)</source>
        <translation>Empfehlung (weicht ab von %1)</translation>
    </message>
    <message numerus="yes">
        <source>The decision names %n source finding(s) that are not among the imported packages.</source>
        <translation>
            <numerusform>Die Entscheidung nennt %n Quellbefund, der in keinem importierten Paket enthalten ist.</numerusform>
            <numerusform>Die Entscheidung nennt %n Quellbefunde, die in keinem importierten Paket enthalten sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>The decision names the source finding %1 of %2 twice.</source>
        <translation>Die Entscheidung nennt den Quellbefund %1 von %2 zweimal.</translation>
    </message>
    <message>
        <source>A rejection names the source finding it rejects.</source>
        <translation>Eine Ablehnung nennt den Quellbefund, den sie ablehnt.</translation>
    </message>
    <message>
        <source>A rejection needs its reason: say why the finding is left out of the consolidated findings.</source>
        <translation>Eine Ablehnung braucht ihren Grund: Sagen Sie, warum der Befund nicht in die konsolidierten Befunde aufgenommen wird.</translation>
    </message>
    <message numerus="yes">
        <source>Keeping carries over exactly one source finding; %n were given.</source>
        <translation>
            <numerusform>Übernehmen übernimmt genau einen Quellbefund; %n wurde angegeben.</numerusform>
            <numerusform>Übernehmen übernimmt genau einen Quellbefund; %n wurden angegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A merge stands for at least two source findings; %n was given.</source>
        <translation>
            <numerusform>Eine Zusammenführung steht für mindestens zwei Quellbefunde; %n wurde angegeben.</numerusform>
            <numerusform>Eine Zusammenführung steht für mindestens zwei Quellbefunde; %n wurden angegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The consolidated finding needs a title.</source>
        <translation>Der konsolidierte Befund braucht einen Titel.</translation>
    </message>
    <message>
        <source>A rationale is required: the result departs from its sources in %1.</source>
        <translation>Eine Begründung ist erforderlich: Das Ergebnis weicht von seinen Quellen ab in %1.</translation>
    </message>
</context>
<context>
    <name>clearroom::package::DuplicateGrouper</name>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot;: lines %3–%4 and %5–%6 of %7 overlap</source>
        <translation>„%1“ und „%2“: die Zeilen %3–%4 und %5–%6 von %7 überschneiden sich</translation>
    </message>
    <message>
        <source>%1; both name CWE-%2 and the titles are %3% alike</source>
        <translation>%1; beide nennen CWE-%2, und die Titel sind zu %3 % gleich</translation>
    </message>
    <message>
        <source>%1; both name CWE-%2</source>
        <translation>%1; beide nennen CWE-%2</translation>
    </message>
    <message>
        <source>%1; the titles are %2% alike</source>
        <translation>%1; die Titel sind zu %2 % gleich</translation>
    </message>
</context>
<context>
    <name>clearroom::package::EgressPolicy</name>
    <message>
        <source>The egress policy %1 is not a JSON object (%2 at byte %3).</source>
        <translation>Die Ausleitungsrichtlinie %1 ist kein JSON-Objekt (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>The egress policy %1 does not say &quot;type&quot;: &quot;clearroom-egress-policy&quot;.</source>
        <translation>Die Ausleitungsrichtlinie %1 sagt nicht &quot;type&quot;: &quot;clearroom-egress-policy&quot;.</translation>
    </message>
    <message>
        <source>The egress policy %1 is not of version 1, the only one this Clearroom reads.</source>
        <translation>Die Ausleitungsrichtlinie %1 hat nicht Version 1, die einzige, die dieses Clearroom liest.</translation>
    </message>
    <message>
        <source>The egress policy %1 has the key &quot;%2&quot;, which this Clearroom does not know; it refuses a rule it cannot enforce.</source>
        <translation>Die Ausleitungsrichtlinie %1 hat den Schlüssel &quot;%2&quot;, den dieses Clearroom nicht kennt; es weist eine Regel zurück, die es nicht durchsetzen kann.</translation>
    </message>
    <message>
        <source>The egress policy %1 allows context but its &quot;context_lines&quot; is not a whole number from 1 to %2.</source>
        <translation>Die Ausleitungsrichtlinie %1 erlaubt Kontext, aber ihr &quot;context_lines&quot; ist keine ganze Zahl von 1 bis %2.</translation>
    </message>
    <message>
        <source>The egress policy %1 has &quot;excerpts&quot;: &quot;%2&quot;; expected &quot;none&quot;, &quot;finding-lines&quot; or &quot;context&quot;.</source>
        <translation>Die Ausleitungsrichtlinie %1 hat &quot;excerpts&quot;: &quot;%2&quot;; erwartet wird &quot;none&quot;, &quot;finding-lines&quot; oder &quot;context&quot;.</translation>
    </message>
    <message>
        <source>The egress policy %1 gives &quot;context_lines&quot; but does not allow context (&quot;excerpts&quot;: &quot;context&quot;).</source>
        <translation>Die Ausleitungsrichtlinie %1 nennt &quot;context_lines&quot;, erlaubt aber keinen Kontext (&quot;excerpts&quot;: &quot;context&quot;).</translation>
    </message>
    <message>
        <source>The egress policy %1 has a &quot;max_package_bytes&quot; that is not a whole number of at least 1024.</source>
        <translation>Die Ausleitungsrichtlinie %1 hat ein &quot;max_package_bytes&quot;, das keine ganze Zahl von mindestens 1024 ist.</translation>
    </message>
    <message>
        <source>Cannot read the egress policy %1: %2.</source>
        <translation>Die Ausleitungsrichtlinie %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The egress policy %1 is larger than 64 KiB; it is not a policy.</source>
        <translation>Die Ausleitungsrichtlinie %1 ist größer als 64 KiB; sie ist keine Richtlinie.</translation>
    </message>
    <message>
        <source>no code leaves</source>
        <translation>kein Code verlässt den Raum</translation>
    </message>
    <message>
        <source>the findings&apos; lines may leave</source>
        <translation>die Zeilen der Befunde dürfen hinaus</translation>
    </message>
    <message numerus="yes">
        <source>the findings&apos; lines and %n line(s) of context may leave</source>
        <translation>
            <numerusform>die Zeilen der Befunde und %n Zeile Kontext dürfen hinaus</numerusform>
            <numerusform>die Zeilen der Befunde und %n Zeilen Kontext dürfen hinaus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::package::EntrySpool</name>
    <message>
        <source>Could not make a temporary file in the folder “%1” to hold the package&apos;s entries until they are written: %2.</source>
        <translation>Im Ordner „%1“ konnte keine temporäre Datei angelegt werden, die die Einträge des Pakets bis zum Schreiben aufnimmt: %2.</translation>
    </message>
    <message>
        <source>Could not keep the entry “%1” in a temporary file in the folder “%2” until it is written: %3.</source>
        <translation>Der Eintrag „%1“ konnte nicht bis zum Schreiben in einer temporären Datei im Ordner „%2“ abgelegt werden: %3.</translation>
    </message>
    <message>
        <source>The package has the entry “%1” twice.</source>
        <translation>Das Paket hat den Eintrag „%1“ zweimal.</translation>
    </message>
    <message>
        <source>Could not read the entry “%1” back from its temporary file in the folder “%2”: %3.</source>
        <translation>Der Eintrag „%1“ konnte nicht aus seiner temporären Datei im Ordner „%2“ zurückgelesen werden: %3.</translation>
    </message>
    <message>
        <source>the file is shorter than was written</source>
        <translation>die Datei ist kürzer als geschrieben</translation>
    </message>
    <message>
        <source>The package has no entry “%1”.</source>
        <translation>Das Paket hat keinen Eintrag „%1“.</translation>
    </message>
    <message>
        <source>The entry “%1” (%2 bytes) is too large to be read whole.</source>
        <translation>Der Eintrag „%1“ (%2 Bytes) ist zu groß, um ihn als Ganzes zu lesen.</translation>
    </message>
</context>
<context>
    <name>clearroom::package::ExportPreview</name>
    <message>
        <source>What will leave the room in this package:</source>
        <translation>Was mit diesem Paket den Raum verlässt:</translation>
    </message>
    <message>
        <source>  review: %1</source>
        <translation>  Prüfung: %1</translation>
    </message>
    <message>
        <source>  signer: %1 (%2)</source>
        <translation>  Unterzeichner: %1 (%2)</translation>
    </message>
    <message>
        <source>  egress policy: %1 (%2)</source>
        <translation>  Ausleitungsrichtlinie: %1 (%2)</translation>
    </message>
    <message>
        <source>no policy given: the built-in rule</source>
        <translation>keine Richtlinie angegeben: die eingebaute Regel</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message numerus="yes">
        <source>  findings: %n</source>
        <translation>
            <numerusform>  Befunde: %n</numerusform>
            <numerusform>  Befunde: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries:</source>
        <translation>Einträge:</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>the signature</source>
        <translation>die Signatur</translation>
    </message>
    <message>
        <source>  about %1 bytes in all</source>
        <translation>  insgesamt etwa %1 Bytes</translation>
    </message>
    <message>
        <source>Code that leaves: none (the egress policy lets no code leave).</source>
        <translation>Code, der hinausgeht: keiner (die Ausleitungsrichtlinie lässt keinen Code hinaus).</translation>
    </message>
    <message numerus="yes">
        <source>Code that leaves (%n excerpt(s)):</source>
        <translation>
            <numerusform>Code, der hinausgeht (%n Auszug):</numerusform>
            <numerusform>Code, der hinausgeht (%n Auszüge):</numerusform>
        </translation>
    </message>
    <message>
        <source>Free text that looks like pasted code: none found.</source>
        <translation>Freitext, der wie eingefügter Code aussieht: keiner gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Free text that looks like pasted code (%n place(s)); it leaves as written:</source>
        <translation>
            <numerusform>Freitext, der wie eingefügter Code aussieht (%n Stelle); er geht hinaus, wie er geschrieben ist:</numerusform>
            <numerusform>Freitext, der wie eingefügter Code aussieht (%n Stellen); er geht hinaus, wie er geschrieben ist:</numerusform>
        </translation>
    </message>
    <message>
        <source>  finding %1, %2, lines %3-%4:</source>
        <translation>  Befund %1, %2, Zeilen %3-%4:</translation>
    </message>
    <message>
        <source>  previous package: %1</source>
        <translation>  vorheriges Paket: %1</translation>
    </message>
    <message>
        <source>none (the first package exported from this workspace)</source>
        <translation>keines (das erste aus diesem Arbeitsbereich exportierte Paket)</translation>
    </message>
</context>
<context>
    <name>clearroom::package::LeadWorkspace</name>
    <message>
        <source>%1 has no findings.json.</source>
        <translation>%1 hat keine findings.json.</translation>
    </message>
    <message>
        <source>findings.json of %1</source>
        <translation>findings.json von %1</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>CWE</source>
        <translation>CWE</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>a stored decision</source>
        <translation>eine gespeicherte Entscheidung</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1 of finding %2 is not merge, keep or reject.</source>
        <translation>%1 zu Befund %2 ist weder merge noch keep noch reject.</translation>
    </message>
    <message>
        <source>%1 of finding %2 names no source finding.</source>
        <translation>%1 zu Befund %2 nennt keinen Quellbefund.</translation>
    </message>
    <message>
        <source>%1 changed while it was being verified; it was not taken in.</source>
        <translation>%1 hat sich während der Prüfung geändert; es wurde nicht aufgenommen.</translation>
    </message>
    <message>
        <source>%1 is package %2, already imported (as %3); nothing changed.</source>
        <translation>%1 ist Paket %2, bereits aufgenommen (als %3); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 claims the package id %2 of %3, imported before, but its content differs.</source>
        <translation>%1 beansprucht die Paket-ID %2 von %3, das bereits aufgenommen ist, aber sein Inhalt weicht ab.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Flagged: %1 and %2 are packages of the same review by %3, but neither names the other as its previous package (a broken chain); both take part.</source>
        <translation>Markiert: %1 und %2 sind Pakete derselben Prüfung von %3, aber keines nennt das andere als sein vorheriges Paket (eine unterbrochene Kette); beide nehmen teil.</translation>
    </message>
    <message>
        <source>%1 is imported, but superseded by %2, %3&apos;s newer package of the same review (it names this one as its previous package).</source>
        <translation>%1 ist aufgenommen, aber abgelöst durch %2, das neuere Paket von %3 zu derselben Prüfung (es nennt dieses als sein vorheriges Paket).</translation>
    </message>
    <message>
        <source>It supersedes %1, its auditor&apos;s earlier package of the same review.</source>
        <translation>Es löst %1 ab, das frühere Paket seines Auditors zu derselben Prüfung.</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder to read the imported packages from: %1</source>
        <translation>Kein temporärer Ordner zum Lesen der aufgenommenen Pakete möglich: %1</translation>
    </message>
    <message>
        <source>%1 is superseded by %2, %3&apos;s newer package of the same review.</source>
        <translation>%1 ist abgelöst durch %2, das neuere Paket von %3 zu derselben Prüfung.</translation>
    </message>
    <message>
        <source>Cannot write the imported package %1 to %2: %3</source>
        <translation>Das aufgenommene Paket %1 kann nicht nach %2 geschrieben werden: %3</translation>
    </message>
    <message>
        <source>%1 was imported but no longer verifies: %2</source>
        <translation>%1 wurde aufgenommen, besteht die Prüfung aber nicht mehr: %2</translation>
    </message>
    <message>
        <source>The decision has no result id.</source>
        <translation>Die Entscheidung hat keine Ergebnis-ID.</translation>
    </message>
    <message>
        <source>Only the lead&apos;s own decisions are stored; automatic ones are made again when the package is built.</source>
        <translation>Gespeichert werden nur die eigenen Entscheidungen des leitenden Prüfers; automatische werden beim Erstellen des Pakets neu getroffen.</translation>
    </message>
    <message>
        <source>The decision on &quot;%1&quot; names no source finding.</source>
        <translation>Die Entscheidung zu „%1“ nennt keinen Quellbefund.</translation>
    </message>
    <message>
        <source>A finding is kept from exactly one source finding; &quot;%1&quot; names %2.</source>
        <translation>Ein Befund wird aus genau einem Quellbefund übernommen; „%1“ nennt %2.</translation>
    </message>
    <message>
        <source>A merge makes one finding of at least two source findings; &quot;%1&quot; names one.</source>
        <translation>Eine Zusammenführung macht aus mindestens zwei Quellbefunden einen Befund; „%1“ nennt einen.</translation>
    </message>
    <message>
        <source>Rejecting &quot;%1&quot; needs a reason.</source>
        <translation>Das Verwerfen von „%1“ braucht eine Begründung.</translation>
    </message>
    <message>
        <source>The decision on &quot;%1&quot; names the source finding %2 of package %3 twice.</source>
        <translation>Die Entscheidung zu „%1“ nennt den Quellbefund %2 von Paket %3 zweimal.</translation>
    </message>
    <message>
        <source>The decision on &quot;%1&quot; names package %2, which was not imported into this workspace.</source>
        <translation>Die Entscheidung zu „%1“ nennt Paket %2, das nicht in diesen Arbeitsbereich aufgenommen wurde.</translation>
    </message>
    <message>
        <source>The decision on &quot;%1&quot; names package %2, which is superseded by %3.</source>
        <translation>Die Entscheidung zu „%1“ nennt Paket %2, das durch %3 abgelöst ist.</translation>
    </message>
    <message>
        <source>The decision on &quot;%1&quot; names finding %2 of package %3, which that package does not hold.</source>
        <translation>Die Entscheidung zu „%1“ nennt Befund %2 von Paket %3, den dieses Paket nicht enthält.</translation>
    </message>
    <message>
        <source>The result &quot;%1&quot; departs from %2&apos;s finding %3 (%4): say why in the rationale.</source>
        <translation>Das Ergebnis „%1“ weicht von Befund %3 von %2 ab (%4): bitte in der Begründung sagen, warum.</translation>
    </message>
    <message>
        <source>No imported package takes part: nothing to consolidate.</source>
        <translation>Kein aufgenommenes Paket nimmt teil: nichts zu konsolidieren.</translation>
    </message>
    <message>
        <source>Package %1 does not hold the finding %2.</source>
        <translation>Das Paket %1 enthält den Befund %2 nicht.</translation>
    </message>
    <message>
        <source>Package %1 is not in this workspace.</source>
        <translation>Das Paket %1 ist nicht in diesem Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>clearroom::package::Manifest</name>
    <message>
        <source>manifest.json is not a valid Clearroom manifest: %1.</source>
        <translation>manifest.json ist kein gültiges Clearroom-Manifest: %1.</translation>
    </message>
    <message>
        <source>it does not end with a newline</source>
        <translation>es endet nicht mit einem Zeilenumbruch</translation>
    </message>
    <message>
        <source>it is not JSON</source>
        <translation>es ist kein JSON</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>es ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>it is not in canonical form (sorted keys, no white space, no key twice)</source>
        <translation>es ist nicht in kanonischer Form (sortierte Schlüssel, kein Leerraum, kein Schlüssel doppelt)</translation>
    </message>
    <message>
        <source>its type is &quot;%1&quot;, not &quot;%2&quot; or &quot;%3&quot;</source>
        <translation>sein Typ ist „%1“, nicht „%2“ oder „%3“</translation>
    </message>
    <message>
        <source>its format version is not %1, the one this Clearroom reads</source>
        <translation>seine Formatversion ist nicht %1, die dieses Clearroom liest</translation>
    </message>
    <message>
        <source>it has no package id</source>
        <translation>es hat keine Paketkennung</translation>
    </message>
    <message>
        <source>its previous package id is neither a string nor null</source>
        <translation>seine vorherige Paketkennung ist weder eine Zeichenkette noch null</translation>
    </message>
    <message>
        <source>its creation time is not a UTC time</source>
        <translation>seine Erstellungszeit ist keine UTC-Zeit</translation>
    </message>
    <message>
        <source>its audit-log head is not a SHA-256 digest</source>
        <translation>sein Kopf des Audit-Protokolls ist kein SHA-256-Hashwert</translation>
    </message>
    <message>
        <source>it has no list of entries</source>
        <translation>es hat keine Liste der Einträge</translation>
    </message>
    <message>
        <source>an entry is not {&quot;path&quot;, &quot;size&quot;, &quot;sha256&quot;}</source>
        <translation>ein Eintrag ist nicht {&quot;path&quot;, &quot;size&quot;, &quot;sha256&quot;}</translation>
    </message>
    <message>
        <source>the size of &quot;%1&quot; is not a whole number of bytes</source>
        <translation>die Größe von „%1“ ist keine ganze Zahl von Bytes</translation>
    </message>
    <message>
        <source>the SHA-256 of &quot;%1&quot; is not 64 lowercase hex digits</source>
        <translation>der SHA-256 von „%1“ besteht nicht aus 64 kleinen Hexadezimalziffern</translation>
    </message>
    <message>
        <source>it lists &quot;%1&quot; among its entries</source>
        <translation>es führt „%1“ unter seinen Einträgen</translation>
    </message>
    <message>
        <source>it lists &quot;%1&quot; twice (letter case aside)</source>
        <translation>es führt „%1“ zweimal (von Groß- und Kleinschreibung abgesehen)</translation>
    </message>
    <message>
        <source>a review package lists source packages</source>
        <translation>ein Review-Paket nennt Quellpakete</translation>
    </message>
    <message>
        <source>a consolidated package lists no source packages</source>
        <translation>ein konsolidiertes Paket nennt keine Quellpakete</translation>
    </message>
    <message>
        <source>a source package is not described by exactly the fields %1</source>
        <translation>ein Quellpaket ist nicht genau mit den Feldern %1 beschrieben</translation>
    </message>
    <message>
        <source>the source package &quot;%1&quot; is not stored as %2</source>
        <translation>das Quellpaket „%1“ ist nicht als %2 abgelegt</translation>
    </message>
    <message>
        <source>the SHA-256 of the source package &quot;%1&quot; is not 64 lowercase hex digits</source>
        <translation>der SHA-256 des Quellpakets „%1“ besteht nicht aus 64 kleinen Hexadezimalziffern</translation>
    </message>
    <message>
        <source>the source package &quot;%1&quot; names no signer fingerprint</source>
        <translation>das Quellpaket „%1“ nennt keinen Fingerabdruck des Unterzeichners</translation>
    </message>
    <message>
        <source>the signing or verification time of the source package &quot;%1&quot; is not a UTC time</source>
        <translation>die Signatur- oder Prüfzeit des Quellpakets „%1“ ist keine UTC-Zeit</translation>
    </message>
    <message>
        <source>a notice on the source package &quot;%1&quot; is not text</source>
        <translation>ein Hinweis zum Quellpaket „%1“ ist kein Text</translation>
    </message>
    <message>
        <source>the source package &quot;%1&quot; is not among the entries with that SHA-256</source>
        <translation>das Quellpaket „%1“ ist nicht mit diesem SHA-256 unter den Einträgen</translation>
    </message>
    <message>
        <source>it lists the source package %1 twice</source>
        <translation>es nennt das Quellpaket %1 zweimal</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is under sources/ but is no listed source package</source>
        <translation>der Eintrag „%1“ liegt unter sources/, ist aber kein genanntes Quellpaket</translation>
    </message>
</context>
<context>
    <name>clearroom::package::MediaWriter</name>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>the medium is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>das Speicherkontingent ist erschöpft</translation>
    </message>
    <message>
        <source>the medium is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>an input/output error occurred (was the medium removed?)</source>
        <translation>ein Ein-/Ausgabefehler ist aufgetreten (wurde der Datenträger entfernt?)</translation>
    </message>
    <message>
        <source>the medium is no longer there</source>
        <translation>der Datenträger ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>“%1” already exists: choose another name, or remove it first.</source>
        <translation>„%1“ existiert bereits: Wählen Sie einen anderen Namen oder entfernen Sie die Datei zuerst.</translation>
    </message>
    <message>
        <source>Could not create a temporary file in the folder “%1”: %2.</source>
        <translation>Im Ordner „%1“ konnte keine temporäre Datei angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Nothing was saved under the name “%1”.</source>
        <translation>Unter dem Namen „%1“ wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The incomplete file “%1” could not be removed (%2): remove it by hand and do not use it.</source>
        <translation>Die unvollständige Datei „%1“ konnte nicht entfernt werden (%2): Entfernen Sie sie von Hand und verwenden Sie sie nicht.</translation>
    </message>
    <message>
        <source>The temporary file “%1” could not be removed (%2): remove it by hand.</source>
        <translation>Die temporäre Datei „%1“ konnte nicht entfernt werden (%2): Entfernen Sie sie von Hand.</translation>
    </message>
    <message>
        <source>Could not flush “%1” to the medium: %2.</source>
        <translation>„%1“ konnte nicht vollständig auf den Datenträger geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Could not give the written file its name “%1”: %2.</source>
        <translation>Die geschriebene Datei konnte nicht in „%1“ umbenannt werden: %2.</translation>
    </message>
    <message>
        <source>Could not flush the folder “%1” to the medium: %2.</source>
        <translation>Der Ordner „%1“ konnte nicht vollständig auf den Datenträger geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Could not drop “%1” from the page cache to read it back from the medium: %2.</source>
        <translation>„%1“ konnte nicht aus dem Seitencache entfernt werden, um die Datei vom Datenträger zurückzulesen: %2.</translation>
    </message>
    <message>
        <source>Could not close “%1”: %2.</source>
        <translation>„%1“ konnte nicht geschlossen werden: %2.</translation>
    </message>
</context>
<context>
    <name>clearroom::package::PackageBuilder</name>
    <message>
        <source>The package would be about %1 bytes; the room&apos;s egress policy allows at most %2.</source>
        <translation>Das Paket wäre etwa %1 Bytes groß; die Ausleitungsrichtlinie des Raums erlaubt höchstens %2.</translation>
    </message>
    <message>
        <source>The identity&apos;s certificate is not the one the package was prepared for.</source>
        <translation>Das Zertifikat der Identität ist nicht das, für das das Paket vorbereitet wurde.</translation>
    </message>
    <message>
        <source>The package has no entry “%1”.</source>
        <translation>Das Paket hat keinen Eintrag „%1“.</translation>
    </message>
    <message>
        <source>The package was not prepared yet.</source>
        <translation>Das Paket wurde noch nicht vorbereitet.</translation>
    </message>
</context>
<context>
    <name>clearroom::package::PackageDelivery</name>
    <message>
        <source>The package was written but does not verify when read back from the medium: %1</source>
        <translation>Das Paket wurde geschrieben, besteht aber die Prüfung nicht, als es vom Medium zurückgelesen wird: %1</translation>
    </message>
    <message>
        <source>The next package exported from this workspace will name no previous package, as if this one had not been made.</source>
        <translation>Das nächste aus diesem Arbeitsbereich exportierte Paket wird kein vorheriges Paket nennen, als wäre dieses nie entstanden.</translation>
    </message>
    <message>
        <source>The next package exported from this workspace will name %1 as its previous package, not this one.</source>
        <translation>Das nächste aus diesem Arbeitsbereich exportierte Paket wird %1 als vorheriges Paket nennen, nicht dieses.</translation>
    </message>
    <message>
        <source>The package %1 (id %2) was written and verified, but the workspace %3 could not record the export: %4 %5 Keep this package&apos;s transfer receipt: the workspace holds no record of it.</source>
        <translation>Das Paket %1 (ID %2) wurde geschrieben und verifiziert, aber der Arbeitsbereich %3 konnte den Export nicht festhalten: %4 %5 Bewahren Sie die Übergabequittung dieses Pakets auf: der Arbeitsbereich enthält keinen Eintrag dazu.</translation>
    </message>
</context>
<context>
    <name>clearroom::package::PackageIntake</name>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>already given</source>
        <translation>bereits übergeben</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>%1 is the same package as %2 (package %3, SHA-256 %4); it counts once.</source>
        <translation>%1 ist dasselbe Paket wie %2 (Paket %3, SHA-256 %4); es zählt einmal.</translation>
    </message>
    <message>
        <source>%1 claims the package id %2 of %3, but its content differs.</source>
        <translation>%1 beansprucht die Paketkennung %2 von %3, aber sein Inhalt ist ein anderer.</translation>
    </message>
    <message>
        <source>%1 is superseded by %2, %3&apos;s newer package of the same review (it names this one as its previous package).</source>
        <translation>%1 ist ersetzt durch %2, das neuere Paket von %3 zu derselben Prüfung (es nennt dieses als sein vorheriges Paket).</translation>
    </message>
    <message>
        <source>Flagged: %1 and %2 are packages of the same review by %3, but neither names the other as its previous package (a broken chain); both take part.</source>
        <translation>Markiert: %1 und %2 sind Pakete derselben Prüfung von %3, aber keines nennt das andere als sein vorheriges Paket (eine unterbrochene Kette); beide nehmen teil.</translation>
    </message>
</context>
<context>
    <name>clearroom::package::PackageVerifier</name>
    <message>
        <source>%1 has no %2: it is not a Clearroom package, or it was damaged.</source>
        <translation>%1 hat kein %2: Es ist kein Clearroom-Paket, oder es wurde beschädigt.</translation>
    </message>
    <message>
        <source>%1: %2 is %3 bytes, far larger than a real one.</source>
        <translation>%1: %2 ist %3 Bytes groß, weit größer als ein echtes.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1: the manifest names the signer %2, but the certificate that signed it is %3.</source>
        <translation>%1: Das Manifest nennt den Unterzeichner %2, doch das Zertifikat, das es signiert hat, ist %3.</translation>
    </message>
    <message>
        <source>%1 holds the entry &quot;%2&quot;, which its manifest does not list.</source>
        <translation>%1 enthält den Eintrag „%2“, den sein Manifest nicht nennt.</translation>
    </message>
    <message>
        <source>%1 lacks the entry &quot;%2&quot;, which its manifest lists.</source>
        <translation>%1 fehlt der Eintrag „%2“, den sein Manifest nennt.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; has %3 bytes; the manifest says %4.</source>
        <translation>%1: Der Eintrag „%2“ hat %3 Bytes; das Manifest sagt %4.</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; was changed: its SHA-256 is not the one the signed manifest records.</source>
        <translation>%1: Der Eintrag „%2“ wurde verändert: Sein SHA-256 ist nicht der, den das signierte Manifest festhält.</translation>
    </message>
    <message>
        <source>%1 was made under another egress policy (SHA-256 %2) than the room&apos;s (%3).</source>
        <translation>%1 wurde unter einer anderen Ausleitungsrichtlinie (SHA-256 %2) erstellt als der des Raums (%3).</translation>
    </message>
    <message>
        <source>%1 is a consolidated package; a consolidated package holds only auditors&apos; review packages as its sources.</source>
        <translation>%1 ist ein konsolidiertes Paket; ein konsolidiertes Paket enthält als Quellen nur Review-Pakete von Auditoren.</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder to verify the sources of %1: %2.</source>
        <translation>Für die Prüfung der Quellen von %1 kann kein temporärer Ordner angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Cannot write a temporary copy of %1: %2.</source>
        <translation>Eine temporäre Kopie von %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1 is the package %2, but the manifest of %3 says it is %4.</source>
        <translation>%1 ist das Paket %2, aber das Manifest von %3 sagt, es sei %4.</translation>
    </message>
    <message>
        <source>%1 was signed by the certificate %2, but the manifest of %3 names %4.</source>
        <translation>%1 wurde mit dem Zertifikat %2 signiert, aber das Manifest von %3 nennt %4.</translation>
    </message>
    <message>
        <source>%1 was made without an egress policy; the room&apos;s (SHA-256 %2) applies to every package.</source>
        <translation>%1 wurde ohne Ausleitungsrichtlinie erstellt; die des Raums (SHA-256 %2) gilt für jedes Paket.</translation>
    </message>
</context>
<context>
    <name>clearroom::package::PdfDocument</name>
    <message>
        <source>Qt has no sRGB colour profile for the PDF&apos;s output intent.</source>
        <translation>Qt hat kein sRGB-Farbprofil für die Ausgabebedingung (Output Intent) des PDF.</translation>
    </message>
</context>
<context>
    <name>clearroom::package::PdfFont</name>
    <message>
        <source>The font “%1” could not be read for the PDF.</source>
        <translation>Die Schrift „%1“ konnte für das PDF nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The font “%1” has no TrueType outlines the PDF can embed.</source>
        <translation>Die Schrift „%1“ hat keine TrueType-Umrisse, die das PDF einbetten kann.</translation>
    </message>
    <message>
        <source>HarfBuzz could not start the font subset for the PDF.</source>
        <translation>HarfBuzz konnte die Teilmenge der Schrift für das PDF nicht beginnen.</translation>
    </message>
    <message>
        <source>HarfBuzz could not make the subset of the font “%1” for the PDF.</source>
        <translation>HarfBuzz konnte die Teilmenge der Schrift „%1“ für das PDF nicht bilden.</translation>
    </message>
</context>
<context>
    <name>clearroom::package::PdfRenderer</name>
    <message>
        <source>Writing a PDF needs Qt&apos;s graphical application object for its fonts; without a display, run with the offscreen platform (QT_QPA_PLATFORM=offscreen).</source>
        <translation>Zum Schreiben eines PDF braucht Qt sein grafisches Anwendungsobjekt für die Schriften; ohne Bildschirm mit der Offscreen-Plattform ausführen (QT_QPA_PLATFORM=offscreen).</translation>
    </message>
    <message>
        <source>The PDF report is set in the font “%1”, which is not installed (Debian: fonts-dejavu-core).</source>
        <translation>Der PDF-Bericht ist in der Schrift „%1“ gesetzt, die nicht installiert ist (Debian: fonts-dejavu-core).</translation>
    </message>
    <message>
        <source>The PDF has no creation time to record.</source>
        <translation>Für das PDF ist keine Erstellungszeit angegeben.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The PDF cannot be made: no thread could be started to set its pages.</source>
        <translation>Das PDF kann nicht erstellt werden: Es konnte kein Thread gestartet werden, um seine Seiten zu setzen.</translation>
    </message>
</context>
<context>
    <name>clearroom::package::ReportWriter</name>
    <message>
        <source>%1.%2 %</source>
        <comment>a percentage: whole part, tenths</comment>
        <translation>%1,%2 %</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>lines %1–%2</source>
        <translation>Zeilen %1–%2</translation>
    </message>
    <message>
        <source>(columns %1–%2)</source>
        <translation>(Spalten %1–%2)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signiert von</translation>
    </message>
    <message>
        <source>Certificate subject</source>
        <translation>Zertifikatsinhaber</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256)</source>
        <translation>Fingerabdruck des Zertifikats (SHA-256)</translation>
    </message>
    <message>
        <source>Created and signed</source>
        <translation>Erstellt und signiert</translation>
    </message>
    <message>
        <source>Meaning of the signature</source>
        <translation>Bedeutung der Signatur</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Previous package of this review</source>
        <translation>Vorheriges Paket dieser Prüfung</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>The signature (manifest.json.p7s) covers manifest.json, which lists the SHA-256 digest of this report and of every other entry of the package. This report proves nothing by itself: verify the package with “clearroom-cli verify” or with OpenSSL as Clearroom&apos;s README describes.</source>
        <translation>Die Signatur (manifest.json.p7s) deckt manifest.json ab, das den SHA-256-Hashwert dieses Berichts und jedes anderen Eintrags des Pakets aufführt. Dieser Bericht allein beweist nichts: Prüfen Sie das Paket mit „clearroom-cli verify“ oder mit OpenSSL, wie es die README von Clearroom beschreibt.</translation>
    </message>
    <message>
        <source>Repositories and coverage</source>
        <translation>Repositorys und Abdeckung</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Commit and tree reviewed</source>
        <translation>Geprüfter Commit und Baum</translation>
    </message>
    <message>
        <source>Files reviewed</source>
        <translation>Geprüfte Dateien</translation>
    </message>
    <message>
        <source>Lines reviewed</source>
        <translation>Geprüfte Zeilen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n partly)</source>
        <translation>
            <numerusform>(%n teilweise)</numerusform>
            <numerusform>(%n teilweise)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Text files count; blank lines count for neither side.</source>
        <translation>Es zählen Textdateien; Leerzeilen zählen für keine Seite.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>%n Befund.</numerusform>
            <numerusform>%n Befunde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Schwachstelle</translation>
    </message>
    <message>
        <source>Carried to this commit</source>
        <translation>Auf diesen Commit übertragen</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Finding id</source>
        <translation>Befund-ID</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Stellen</translation>
    </message>
    <message>
        <source>No code of this location leaves the review room (egress policy).</source>
        <translation>Kein Code dieser Stelle verlässt den Prüfraum (Ausleitungsrichtlinie).</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Review report: %1</source>
        <translation>Prüfbericht: %1</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the HTML language code of this translation</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>Review report</source>
        <translation>Prüfbericht</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>The review recorded no findings.</source>
        <translation>Die Prüfung hat keine Befunde erfasst.</translation>
    </message>
</context>
<context>
    <name>clearroom::package::ReviewCollector</name>
    <message>
        <source>The repository &apos;%1&apos; of the review cannot be opened at &apos;%2&apos;: %3</source>
        <translation>Das Repository „%1“ der Prüfung kann unter „%2“ nicht geöffnet werden: %3</translation>
    </message>
    <message>
        <source>Making the package was cancelled.</source>
        <translation>Das Erstellen des Pakets wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>clearroom::package::SourcePackage</name>
    <message>
        <source>it is not a JSON object</source>
        <translation>es ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not text</source>
        <translation>„%1“ fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2 lowercase hex digits</source>
        <translation>„%1“ besteht nicht aus %2 kleinen Hexadezimalziffern</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation>„%1“ ist keine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UTC time</source>
        <translation>„%1“ ist keine UTC-Zeit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a path</source>
        <translation>„%1“ ist kein Pfad</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a list</source>
        <translation>„%1“ fehlt oder ist keine Liste</translation>
    </message>
    <message>
        <source>&quot;state&quot; is not an anchor state Clearroom knows</source>
        <translation>„state“ ist kein Verankerungszustand, den Clearroom kennt</translation>
    </message>
    <message>
        <source>a line of the excerpt is neither text nor base64</source>
        <translation>eine Zeile des Auszugs ist weder Text noch Base64</translation>
    </message>
    <message>
        <source>the finding&apos;s lines are not inside the excerpt</source>
        <translation>die Zeilen des Befunds liegen nicht im Auszug</translation>
    </message>
    <message>
        <source>%1 is a consolidated package, not an auditor&apos;s review package.</source>
        <translation>%1 ist ein konsolidiertes Paket, kein Review-Paket eines Auditors.</translation>
    </message>
    <message>
        <source>%1 has no %2.</source>
        <translation>%1 enthält kein %2.</translation>
    </message>
    <message>
        <source>%1 changed after it was verified: %2 no longer has the SHA-256 its manifest records.</source>
        <translation>%1 wurde nach der Prüfung verändert: %2 hat nicht mehr den SHA-256, den sein Manifest verzeichnet.</translation>
    </message>
    <message>
        <source>findings.json of %1</source>
        <translation>findings.json von %1</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2 at byte %3.</source>
        <translation>%1 ist kein JSON: %2 bei Byte %3.</translation>
    </message>
    <message>
        <source>it is not a Clearroom findings list of version 1</source>
        <translation>es ist keine Clearroom-Befundliste der Version 1</translation>
    </message>
    <message>
        <source>%1, a repository</source>
        <translation>%1, ein Repository</translation>
    </message>
    <message>
        <source>the repository &quot;%1&quot; is listed twice</source>
        <translation>das Repository „%1“ ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>%1, finding %2</source>
        <translation>%1, Befund %2</translation>
    </message>
    <message>
        <source>&quot;severity&quot; is not one Clearroom knows</source>
        <translation>„severity“ ist keine, die Clearroom kennt</translation>
    </message>
    <message>
        <source>&quot;status&quot; is not one Clearroom knows</source>
        <translation>„status“ ist keiner, den Clearroom kennt</translation>
    </message>
    <message>
        <source>&quot;anchor_state&quot; is not an anchor state Clearroom knows</source>
        <translation>„anchor_state“ ist kein Verankerungszustand, den Clearroom kennt</translation>
    </message>
    <message>
        <source>%1, a location</source>
        <translation>%1, eine Stelle</translation>
    </message>
    <message>
        <source>%1, a comment</source>
        <translation>%1, ein Kommentar</translation>
    </message>
    <message>
        <source>%1, an excerpt</source>
        <translation>%1, ein Auszug</translation>
    </message>
    <message>
        <source>its id is empty or not unique</source>
        <translation>seine Kennung ist leer oder nicht eindeutig</translation>
    </message>
    <message>
        <source>its repository &quot;%1&quot; is not among the package&apos;s repositories</source>
        <translation>sein Repository „%1“ ist nicht unter den Repositorys des Pakets</translation>
    </message>
    <message>
        <source>it has no location</source>
        <translation>er hat keine Stelle</translation>
    </message>
    <message>
        <source>coverage.json of %1</source>
        <translation>coverage.json von %1</translation>
    </message>
    <message>
        <source>it is not a Clearroom coverage list of version 1</source>
        <translation>es ist keine Clearroom-Abdeckungsliste der Version 1</translation>
    </message>
    <message>
        <source>the repository &quot;%1&quot; at that commit is not in findings.json</source>
        <translation>das Repository „%1“ mit diesem Commit steht nicht in findings.json</translation>
    </message>
    <message>
        <source>%1, a file</source>
        <translation>%1, eine Datei</translation>
    </message>
    <message>
        <source>%1, a range</source>
        <translation>%1, ein Bereich</translation>
    </message>
</context>
<context>
    <name>clearroom::package::TransferReceipt</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Transfer receipt</source>
        <translation>Übergabequittung</translation>
    </message>
    <message>
        <source>  file:      %1</source>
        <translation>  Datei:     %1</translation>
    </message>
    <message>
        <source>  size:      %1 bytes</source>
        <translation>  Größe:     %1 Bytes</translation>
    </message>
    <message>
        <source>  SHA-256:   %1</source>
        <translation>  SHA-256:   %1</translation>
    </message>
    <message>
        <source>  package:   %1</source>
        <translation>  Paket:     %1</translation>
    </message>
    <message>
        <source>  review:    %1</source>
        <translation>  Prüfung:   %1</translation>
    </message>
    <message>
        <source>  signer:    %1</source>
        <translation>  Unterzeichner: %1</translation>
    </message>
    <message>
        <source>  signer certificate SHA-256: %1</source>
        <translation>  SHA-256 des Unterzeichnerzertifikats: %1</translation>
    </message>
    <message>
        <source>  signed at: %1</source>
        <translation>  signiert am: %1</translation>
    </message>
    <message>
        <source>  findings:  %1 (%2)</source>
        <translation>  Befunde:   %1 (%2)</translation>
    </message>
    <message>
        <source>Written, read back from the medium and verified.</source>
        <translation>Geschrieben, vom Medium zurückgelesen und geprüft.</translation>
    </message>
    <message>
        <source>  previous:  %1</source>
        <translation>  vorheriges: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>  sources:   %n auditor package(s) inside, each verified:</source>
        <translation>
            <numerusform>  Quellen:   %n Paket eines Auditors enthalten, geprüft:</numerusform>
            <numerusform>  Quellen:   %n Pakete von Auditoren enthalten, jedes geprüft:</numerusform>
        </translation>
    </message>
    <message>
        <source>    %1  %2  SHA-256 %3</source>
        <translation>    %1  %2  SHA-256 %3</translation>
    </message>
</context>
<context>
    <name>clearroom::package::TrustConfiguration</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; it does not belong in a trust configuration.</source>
        <translation>%1 ist größer als 16 MiB; das gehört nicht in eine Vertrauenskonfiguration.</translation>
    </message>
    <message>
        <source>The trust configuration %1 is refused: %2.</source>
        <translation>Die Vertrauenskonfiguration %1 wird zurückgewiesen: %2.</translation>
    </message>
    <message>
        <source>%1 is not JSON (%2)</source>
        <translation>%1 ist kein JSON (%2)</translation>
    </message>
    <message>
        <source>%1 is not a trust configuration list of version 1</source>
        <translation>%1 ist keine Liste einer Vertrauenskonfiguration der Version 1</translation>
    </message>
    <message>
        <source>%1 lists a file it may not (&quot;%2&quot;)</source>
        <translation>%1 führt eine Datei, die es nicht führen darf („%2“)</translation>
    </message>
    <message>
        <source>the file &quot;%1&quot; is not listed in %2 (added after signing?)</source>
        <translation>die Datei „%1“ ist nicht in %2 aufgeführt (nach dem Signieren hinzugefügt?)</translation>
    </message>
    <message>
        <source>the listed file &quot;%1&quot; is missing or not a regular file</source>
        <translation>die aufgeführte Datei „%1“ fehlt oder ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>the file &quot;%1&quot; was changed after signing</source>
        <translation>die Datei „%1“ wurde nach dem Signieren verändert</translation>
    </message>
    <message>
        <source>it has no ca.pem</source>
        <translation>sie hat keine ca.pem</translation>
    </message>
    <message>
        <source>its signature does not verify: %1</source>
        <translation>ihre Signatur besteht die Prüfung nicht: %1</translation>
    </message>
    <message>
        <source>roster.json is not a roster of version 1</source>
        <translation>roster.json ist keine Mitgliederliste der Version 1</translation>
    </message>
    <message>
        <source>roster.json has a member without a name, a SHA-256 fingerprint and the role &quot;auditor&quot; or &quot;lead&quot;</source>
        <translation>roster.json hat ein Mitglied ohne Namen, SHA-256-Fingerabdruck und die Rolle &quot;auditor&quot; oder &quot;lead&quot;</translation>
    </message>
    <message>
        <source>The signer &quot;%1&quot; is on the roster as %2, not as %3.</source>
        <translation>Der Unterzeichner „%1“ steht als %2 auf der Mitgliederliste, nicht als %3.</translation>
    </message>
    <message>
        <source>The signer &quot;%1&quot; (certificate SHA-256 %2) is not on the roster of the trust configuration %3.</source>
        <translation>Der Unterzeichner „%1“ (Zertifikat-SHA-256 %2) steht nicht auf der Mitgliederliste der Vertrauenskonfiguration %3.</translation>
    </message>
</context>
<context>
    <name>clearroom::package::TrustDescription</name>
    <message>
        <source>none given</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>Quelle: %1 (%2)</translation>
    </message>
    <message>
        <source>the authority&apos;s signed folder</source>
        <translation>der signierte Ordner der Prüfstelle</translation>
    </message>
    <message>
        <source>a CA certificate file alone</source>
        <translation>nur eine CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Compare these fingerprints with what the authority published:</source>
        <translation>Vergleichen Sie diese Fingerabdrücke mit denen, die die Prüfstelle veröffentlicht hat:</translation>
    </message>
    <message>
        <source>CA certificate: %1</source>
        <translation>CA-Zertifikat: %1</translation>
    </message>
    <message>
        <source>  SHA-256: %1</source>
        <translation>  SHA-256: %1</translation>
    </message>
    <message>
        <source>  valid: %1 to %2</source>
        <translation>  gültig: %1 bis %2</translation>
    </message>
    <message>
        <source>Signed by the authority&apos;s officer: %1</source>
        <translation>Signiert vom Beauftragten der Prüfstelle: %1</translation>
    </message>
    <message>
        <source>  certificate SHA-256: %1</source>
        <translation>  Zertifikat SHA-256: %1</translation>
    </message>
    <message>
        <source>  signed at: %1</source>
        <translation>  signiert am: %1</translation>
    </message>
    <message>
        <source>No signed folder: roles come from the certificates alone.</source>
        <translation>Kein signierter Ordner: Rollen ergeben sich allein aus den Zertifikaten.</translation>
    </message>
    <message>
        <source>Egress policy: %1</source>
        <translation>Ausleitungsrichtlinie: %1</translation>
    </message>
    <message>
        <source>Egress policy: none given (no code leaves unless a policy file is chosen)</source>
        <translation>Ausleitungsrichtlinie: keine angegeben (kein Code verlässt den Raum, außer eine Richtliniendatei wird gewählt)</translation>
    </message>
    <message>
        <source>Revocation lists: none (revoked certificates cannot be recognised)</source>
        <translation>Sperrlisten: keine (gesperrte Zertifikate können nicht erkannt werden)</translation>
    </message>
    <message>
        <source>Revocation list of %1</source>
        <translation>Sperrliste von %1</translation>
    </message>
    <message>
        <source>  issued: %1, next update: %2</source>
        <translation>  ausgestellt: %1, nächste Aktualisierung: %2</translation>
    </message>
    <message>
        <source>  revokes no certificate</source>
        <translation>  sperrt kein Zertifikat</translation>
    </message>
    <message numerus="yes">
        <source>  revokes %n certificate(s):</source>
        <translation>
            <numerusform>  sperrt %n Zertifikat:</numerusform>
            <numerusform>  sperrt %n Zertifikate:</numerusform>
        </translation>
    </message>
    <message>
        <source>    serial number %1, revoked %2 (%3)</source>
        <translation>    Seriennummer %1, gesperrt am %2 (%3)</translation>
    </message>
    <message>
        <source>Roster: who may sign packages, and as what</source>
        <translation>Mitgliederliste: wer Pakete signieren darf, und in welcher Rolle</translation>
    </message>
    <message>
        <source>  nobody</source>
        <translation>  niemand</translation>
    </message>
    <message>
        <source>The revocation list of %1 is past its next update (%2): ask the authority for a current one. Certificates revoked since may still verify.</source>
        <translation>Die Sperrliste von %1 hat ihre nächste Aktualisierung überschritten (%2): fordern Sie bei der Prüfstelle eine aktuelle an. Seitdem gesperrte Zertifikate können noch als gültig geprüft werden.</translation>
    </message>
    <message>
        <source>none: a CA certificate file has no roster</source>
        <translation>keine: eine CA-Zertifikatsdatei hat keine Mitgliederliste</translation>
    </message>
</context>
<context>
    <name>clearroom::package::ZipEntryName</name>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>the name contains a control or invisible formatting character</source>
        <translation>der Name enthält ein Steuerzeichen oder ein unsichtbares Formatierungszeichen</translation>
    </message>
    <message>
        <source>the name is not valid UTF-8</source>
        <translation>der Name ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the name is an absolute path</source>
        <translation>der Name ist ein absoluter Pfad</translation>
    </message>
    <message>
        <source>the name contains a backslash</source>
        <translation>der Name enthält einen Backslash</translation>
    </message>
    <message>
        <source>the name contains a colon (a drive letter or a Windows stream)</source>
        <translation>der Name enthält einen Doppelpunkt (einen Laufwerksbuchstaben oder einen Windows-Datenstrom)</translation>
    </message>
    <message>
        <source>the name is that of a directory</source>
        <translation>der Name ist der eines Verzeichnisses</translation>
    </message>
    <message>
        <source>the name has an empty component</source>
        <translation>der Name hat einen leeren Bestandteil</translation>
    </message>
    <message>
        <source>the name has a &quot;..&quot; component</source>
        <translation>der Name hat einen Bestandteil „..“</translation>
    </message>
    <message>
        <source>the name has a &quot;.&quot; component</source>
        <translation>der Name hat einen Bestandteil „.“</translation>
    </message>
</context>
<context>
    <name>clearroom::package::ZipReader</name>
    <message>
        <source>it is not a ZIP archive, or it is truncated</source>
        <translation>es ist kein ZIP-Archiv, oder es ist abgeschnitten</translation>
    </message>
    <message>
        <source>its headers contradict each other, or data follows its end (it was truncated, extended or edited)</source>
        <translation>seine Header widersprechen einander, oder nach seinem Ende folgen Daten (es wurde abgeschnitten, erweitert oder bearbeitet)</translation>
    </message>
    <message>
        <source>a name occurs twice</source>
        <translation>ein Name kommt zweimal vor</translation>
    </message>
    <message>
        <source>its content does not match its CRC-32 checksum</source>
        <translation>sein Inhalt passt nicht zu seiner CRC-32-Prüfsumme</translation>
    </message>
    <message>
        <source>it cannot be read completely (input/output error or truncated)</source>
        <translation>es kann nicht vollständig gelesen werden (Ein-/Ausgabefehler oder abgeschnitten)</translation>
    </message>
    <message>
        <source>it spans several disks</source>
        <translation>es erstreckt sich über mehrere Datenträger</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>es ist nicht genug Speicher vorhanden</translation>
    </message>
    <message>
        <source>libzip reports: %1</source>
        <translation>libzip meldet: %1</translation>
    </message>
    <message>
        <source>The package “%1” is refused: %2.</source>
        <translation>Das Paket „%1“ wird zurückgewiesen: %2.</translation>
    </message>
    <message>
        <source>The entry “%1” of the package “%2” is refused: %3.</source>
        <translation>Der Eintrag „%1“ des Pakets „%2“ wird zurückgewiesen: %3.</translation>
    </message>
    <message>
        <source>it cannot be opened (%1)</source>
        <translation>es kann nicht geöffnet werden (%1)</translation>
    </message>
    <message>
        <source>it uses ZIP64 extensions, which packages never need</source>
        <translation>es verwendet ZIP64-Erweiterungen, die Pakete nie brauchen</translation>
    </message>
    <message>
        <source>it has %1 entries, more than the limit of %2</source>
        <translation>es hat %1 Einträge, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>its central directory is larger than %1 bytes</source>
        <translation>sein zentrales Verzeichnis ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>it has a comment, which packages never have</source>
        <translation>es hat einen Kommentar, den Pakete nie haben</translation>
    </message>
    <message>
        <source>its name is not marked as UTF-8</source>
        <translation>sein Name ist nicht als UTF-8 gekennzeichnet</translation>
    </message>
    <message>
        <source>the name occurs twice</source>
        <translation>der Name kommt zweimal vor</translation>
    </message>
    <message>
        <source>the name collides with “%1” (they differ only in case or Unicode normalization)</source>
        <translation>der Name kollidiert mit „%1“ (sie unterscheiden sich nur in Groß-/Kleinschreibung oder Unicode-Normalisierung)</translation>
    </message>
    <message>
        <source>its attributes do not say that it is a regular file (they come from system %1, not Unix)</source>
        <translation>seine Attribute weisen ihn nicht als reguläre Datei aus (sie stammen von System %1, nicht von Unix)</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>er ist ein symbolischer Link</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>er ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>it is not a regular file (Unix mode %1)</source>
        <translation>er ist keine reguläre Datei (Unix-Modus %1)</translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translation>er ist verschlüsselt</translation>
    </message>
    <message>
        <source>it is compressed (method %1), and packages store every entry uncompressed</source>
        <translation>er ist komprimiert (Methode %1), und Pakete speichern jeden Eintrag unkomprimiert</translation>
    </message>
    <message>
        <source>its header announces %1 bytes, more than the limit of %2 bytes per entry</source>
        <translation>sein Header kündigt %1 Bytes an, mehr als die Grenze von %2 Bytes je Eintrag</translation>
    </message>
    <message>
        <source>with it, the entries add up to more than the limit of %1 bytes</source>
        <translation>mit ihm ergeben die Einträge zusammen mehr als die Grenze von %1 Bytes</translation>
    </message>
    <message>
        <source>There is no entry %1 in the package “%2”.</source>
        <translation>Im Paket „%2“ gibt es keinen Eintrag %1.</translation>
    </message>
    <message>
        <source>it holds more data than its header announces (%1 bytes)</source>
        <translation>er enthält mehr Daten, als sein Header ankündigt (%1 Bytes)</translation>
    </message>
    <message>
        <source>it holds less data than its header announces (%1 of %2 bytes)</source>
        <translation>er enthält weniger Daten, als sein Header ankündigt (%1 von %2 Bytes)</translation>
    </message>
    <message>
        <source>the %1 bytes at offset %2 belong to no entry (data hidden between its records)</source>
        <translation>die %1 Bytes ab Offset %2 gehören zu keinem Eintrag (zwischen seinen Datensätzen versteckte Daten)</translation>
    </message>
    <message>
        <source>its entries overlap at offset %1</source>
        <translation>seine Einträge überlappen sich bei Offset %1</translation>
    </message>
    <message>
        <source>its entries overlap its central directory at offset %1</source>
        <translation>seine Einträge überlappen sein zentrales Verzeichnis bei Offset %1</translation>
    </message>
</context>
<context>
    <name>clearroom::package::ZipWriter</name>
    <message>
        <source>The content of the entry “%1” was announced as %2 bytes but has %3.</source>
        <translation>Der Inhalt des Eintrags „%1“ wurde mit %2 Bytes angekündigt, hat aber %3.</translation>
    </message>
    <message>
        <source>The entry “%1” cannot be written: %2.</source>
        <translation>Der Eintrag „%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The entries “%1” and “%2” have the same name (or names that differ only in case).</source>
        <translation>Die Einträge „%1“ und „%2“ haben denselben Namen (oder Namen, die sich nur in der Groß-/Kleinschreibung unterscheiden).</translation>
    </message>
    <message>
        <source>The archive would reach 4 GiB at the entry “%1”: packages are never written with ZIP64 extensions.</source>
        <translation>Das Archiv würde beim Eintrag „%1“ 4 GiB erreichen: Pakete werden nie mit ZIP64-Erweiterungen geschrieben.</translation>
    </message>
    <message>
        <source>libzip could not write the archive: %1</source>
        <translation>libzip konnte das Archiv nicht schreiben: %1</translation>
    </message>
    <message>
        <source>The content of the entry “%1” goes on beyond the %2 bytes announced.</source>
        <translation>Der Inhalt des Eintrags „%1“ geht über die angekündigten %2 Bytes hinaus.</translation>
    </message>
</context>
<context>
    <name>clearroom::review::AuditLog</name>
    <message>
        <source>Audit log entry %1 is missing (the next entry is %2).</source>
        <translation>Eintrag %1 des Audit-Protokolls fehlt (der nächste Eintrag ist %2).</translation>
    </message>
    <message>
        <source>Audit log entry %1 does not match its hash: the entry or an earlier one was changed.</source>
        <translation>Eintrag %1 des Audit-Protokolls passt nicht zu seinem Hash: Er oder ein früherer Eintrag wurde verändert.</translation>
    </message>
    <message>
        <source>Audit log entry %1 is not a valid entry.</source>
        <translation>Eintrag %1 des Audit-Protokolls ist kein gültiger Eintrag.</translation>
    </message>
    <message>
        <source>The value kept for digest %1 beside the audit log was changed.</source>
        <translation>Der neben dem Audit-Protokoll aufbewahrte Wert zum Hash %1 wurde verändert.</translation>
    </message>
    <message>
        <source>Audit log entry %1 is filed under &apos;%2&apos;, but it is about &apos;%3&apos;.</source>
        <translation>Eintrag %1 des Audit-Protokolls ist unter „%2“ abgelegt, betrifft aber „%3“.</translation>
    </message>
</context>
<context>
    <name>clearroom::review::AuditVerifier</name>
    <message>
        <source>Audit log entry %1 deletes finding %2, which does not exist at that point.</source>
        <translation>Eintrag %1 des Audit-Protokolls löscht Befund %2, den es an dieser Stelle nicht gibt.</translation>
    </message>
    <message>
        <source>Audit log entry %1 removes coverage row %2, which does not exist at that point.</source>
        <translation>Eintrag %1 des Audit-Protokolls entfernt die Abdeckungszeile %2, die es an dieser Stelle nicht gibt.</translation>
    </message>
    <message>
        <source>Audit log entry %1 has an action Clearroom does not know: &apos;%2&apos;.</source>
        <translation>Eintrag %1 des Audit-Protokolls hat eine Aktion, die Clearroom nicht kennt: „%2“.</translation>
    </message>
    <message>
        <source>Audit log entry %1 creates &apos;%2&apos;, which already exists at that point.</source>
        <translation>Eintrag %1 des Audit-Protokolls legt „%2“ an, das es an dieser Stelle schon gibt.</translation>
    </message>
    <message>
        <source>Audit log entry %1 changes &apos;%2&apos;, which does not exist at that point.</source>
        <translation>Eintrag %1 des Audit-Protokolls ändert „%2“, das es an dieser Stelle nicht gibt.</translation>
    </message>
    <message>
        <source>Audit log entry %1 says &apos;%2&apos; of &apos;%3&apos; was %4, but the entries before it say %5.</source>
        <translation>Laut Eintrag %1 des Audit-Protokolls war „%2“ von „%3“ %4, laut den Einträgen davor aber %5.</translation>
    </message>
    <message>
        <source>review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>coverage row</source>
        <translation>Abdeckungszeile</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is in the workspace, but no audit log entry records it.</source>
        <translation>Im Arbeitsbereich steht %1 „%2“, aber kein Eintrag des Audit-Protokolls verzeichnet dies.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; in the workspace is %3, but the audit log (entry %4) says %5.</source>
        <translation>Im Arbeitsbereich ist %1 „%2“ %3, laut Audit-Protokoll (Eintrag %4) aber %5.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; in the workspace has %3 = %4, but the audit log (entry %5) says %6.</source>
        <translation>Im Arbeitsbereich hat %1 „%2“ %3 = %4, laut Audit-Protokoll (Eintrag %5) aber %6.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; recorded by audit log entry %3 is missing from the workspace.</source>
        <translation>%1 „%2“, verzeichnet von Eintrag %3 des Audit-Protokolls, fehlt im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Audit log entry %1 records a coverage row that is not [id, path, first line, last line, reviewer, time]: %2.</source>
        <translation>Eintrag %1 des Audit-Protokolls verzeichnet eine Abdeckungszeile, die nicht die Form [ID, Pfad, erste Zeile, letzte Zeile, Prüfer, Zeit] hat: %2.</translation>
    </message>
    <message>
        <source>Audit log entry %1 adds locations to &apos;%2&apos;, but it has no locations at that point or the entry names none.</source>
        <translation>Eintrag %1 des Audit-Protokolls fügt „%2“ Stellen hinzu, aber zu diesem Zeitpunkt hat es keine Stellen, oder der Eintrag nennt keine.</translation>
    </message>
    <message>
        <source>exported package</source>
        <translation>exportiertes Paket</translation>
    </message>
    <message>
        <source>Audit log entry %1 removes &apos;%2&apos;, which does not exist at that point.</source>
        <translation>Eintrag %1 des Audit-Protokolls entfernt „%2“, das es an dieser Stelle nicht gibt.</translation>
    </message>
    <message>
        <source>imported package</source>
        <translation>aufgenommenes Paket</translation>
    </message>
    <message>
        <source>refused package</source>
        <translation>abgelehntes Paket</translation>
    </message>
    <message>
        <source>consolidation decision</source>
        <translation>Konsolidierungsentscheidung</translation>
    </message>
    <message>
        <source>chosen commit of the repository</source>
        <translation>gewählter Commit des Repositorys</translation>
    </message>
</context>
<context>
    <name>clearroom::review::CoverageReport</name>
    <message>
        <source>Computing the coverage was cancelled.</source>
        <translation>Die Berechnung der Abdeckung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Reading &apos;%1&apos; for the coverage ended before the file &apos;%2&apos; was read.</source>
        <translation>Das Lesen von „%1“ für die Abdeckung endete, bevor die Datei „%2“ gelesen war.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; cannot be read for the coverage: %2</source>
        <translation>Die Datei „%1“ kann für die Abdeckung nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>clearroom::review::CoverageStore</name>
    <message>
        <source>The line range %1-%2 of &apos;%3&apos; is not a range of lines.</source>
        <translation>Der Zeilenbereich %1-%2 von „%3“ ist kein Bereich von Zeilen.</translation>
    </message>
</context>
<context>
    <name>clearroom::review::CweCatalogue</name>
    <message>
        <source>Line 1 of the CWE list is not its attribution (a line starting with &apos;#&apos;).</source>
        <translation>Zeile 1 der CWE-Liste ist nicht ihre Quellenangabe (eine Zeile, die mit „#“ beginnt).</translation>
    </message>
    <message>
        <source>Line 1 of the CWE list does not say which CWE version it comes from (for example &quot;version 4.15&quot;).</source>
        <translation>Zeile 1 der CWE-Liste nennt nicht die CWE-Version, aus der sie stammt (zum Beispiel „version 4.15“).</translation>
    </message>
    <message>
        <source>Line 2 of the CWE list is not the header &apos;%1&apos;.</source>
        <translation>Zeile 2 der CWE-Liste ist nicht die Kopfzeile „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Line %1 of the CWE list has %n column(s) instead of 5 (id, name, abstraction, status, description).</source>
        <translation>
            <numerusform>Zeile %1 der CWE-Liste hat %n Spalte statt 5 (id, name, abstraction, status, description).</numerusform>
            <numerusform>Zeile %1 der CWE-Liste hat %n Spalten statt 5 (id, name, abstraction, status, description).</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 of the CWE list has the id &apos;%2&apos;; expected a whole number above 0.</source>
        <translation>Zeile %1 der CWE-Liste hat die Kennung „%2“; erwartet wird eine ganze Zahl größer als 0.</translation>
    </message>
    <message>
        <source>Line %1 of the CWE list repeats CWE-%2 of line %3.</source>
        <translation>Zeile %1 der CWE-Liste wiederholt CWE-%2 aus Zeile %3.</translation>
    </message>
    <message>
        <source>Line %1 of the CWE list has no name for CWE-%2.</source>
        <translation>Zeile %1 der CWE-Liste hat keinen Namen für CWE-%2.</translation>
    </message>
    <message>
        <source>The CWE list has no weaknesses after its header.</source>
        <translation>Die CWE-Liste enthält nach ihrer Kopfzeile keine Schwachstellen.</translation>
    </message>
</context>
<context>
    <name>clearroom::review::Database</name>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>reading or writing the file failed (I/O error)</source>
        <translation>Lesen oder Schreiben der Datei schlug fehl (E/A-Fehler)</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>the file is not an SQLite database</source>
        <translation>die Datei ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>another program is using the file</source>
        <translation>ein anderes Programm verwendet die Datei</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 failed for &apos;%2&apos;: %3 (SQLite: %4).</source>
        <translation>%1 von „%2“ schlug fehl: %3 (SQLite: %4).</translation>
    </message>
    <message>
        <source>The workspace &apos;%1&apos; does not exist.</source>
        <translation>Der Arbeitsbereich „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>The workspace &apos;%1&apos; cannot use write-ahead logging (journal mode is &apos;%2&apos;); it may be on a file system that does not support it.</source>
        <translation>Der Arbeitsbereich „%1“ kann kein Write-Ahead-Logging verwenden (Journalmodus ist „%2“); vielleicht liegt er auf einem Dateisystem, das es nicht unterstützt.</translation>
    </message>
    <message>
        <source>Running SQL</source>
        <translation>Ausführen von SQL</translation>
    </message>
    <message>
        <source>Preparing SQL</source>
        <translation>Vorbereiten von SQL</translation>
    </message>
    <message>
        <source>Binding a value</source>
        <translation>Binden eines Wertes</translation>
    </message>
</context>
<context>
    <name>clearroom::review::ExportStore</name>
    <message>
        <source>An export without a package id cannot be recorded.</source>
        <translation>Ein Export ohne Paket-ID kann nicht festgehalten werden.</translation>
    </message>
</context>
<context>
    <name>clearroom::review::FindingNames</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Bestritten</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Accepted risk</source>
        <translation>Akzeptiertes Risiko</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Genau</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Verwaist</translation>
    </message>
</context>
<context>
    <name>clearroom::review::FindingStore</name>
    <message>
        <source>CWE-%1 is not a weakness in the CWE catalogue (version %2).</source>
        <translation>CWE-%1 ist keine Schwachstelle im CWE-Katalog (Version %2).</translation>
    </message>
    <message>
        <source>A finding needs a title.</source>
        <translation>Ein Befund braucht einen Titel.</translation>
    </message>
    <message>
        <source>A finding needs a location.</source>
        <translation>Ein Befund braucht eine Stelle.</translation>
    </message>
    <message>
        <source>The finding&apos;s commit is not a full object id.</source>
        <translation>Der Commit des Befunds ist keine vollständige Objekt-ID.</translation>
    </message>
    <message>
        <source>A location of the finding has no path.</source>
        <translation>Eine Stelle des Befunds hat keinen Pfad.</translation>
    </message>
    <message>
        <source>The line range %1-%2 of &apos;%3&apos; is not a range of lines.</source>
        <translation>Der Zeilenbereich %1-%2 von „%3“ ist kein Bereich von Zeilen.</translation>
    </message>
    <message>
        <source>A location of the finding was not read from the repository.</source>
        <translation>Eine Stelle des Befunds wurde nicht aus dem Repository gelesen.</translation>
    </message>
    <message>
        <source>There is no finding with the id &apos;%1&apos;.</source>
        <translation>Es gibt keinen Befund mit der ID „%1“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too short to name a finding: give at least 4 characters of its id.</source>
        <translation>„%1“ ist zu kurz, um einen Befund zu benennen: mindestens 4 Zeichen seiner ID angeben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names more than one finding: give more of its id.</source>
        <translation>„%1“ passt auf mehr als einen Befund: mehr von seiner ID angeben.</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>Ein Kommentar braucht Text.</translation>
    </message>
    <message>
        <source>No location to add to the finding.</source>
        <translation>Keine Stelle, die dem Befund hinzuzufügen wäre.</translation>
    </message>
    <message>
        <source>Lines %1-%2 of &apos;%3&apos; are a location of the finding already.</source>
        <translation>Die Zeilen %1-%2 von „%3“ sind bereits eine Stelle des Befunds.</translation>
    </message>
</context>
<context>
    <name>clearroom::review::LeadStore</name>
    <message>
        <source>The workspace holds no package %1.</source>
        <translation>Der Arbeitsbereich enthält kein Paket %1.</translation>
    </message>
    <message>
        <source>A package without a package id cannot be taken in.</source>
        <translation>Ein Paket ohne Paket-ID kann nicht aufgenommen werden.</translation>
    </message>
    <message>
        <source>The package %1 to be taken in is not the file it was verified as (its SHA-256 or size differs).</source>
        <translation>Das aufzunehmende Paket %1 ist nicht die Datei, als die es geprüft wurde (SHA-256 oder Größe weichen ab).</translation>
    </message>
    <message>
        <source>The workspace holds no package %1 to be superseded.</source>
        <translation>Der Arbeitsbereich enthält kein Paket %1, das abgelöst werden könnte.</translation>
    </message>
    <message>
        <source>A decision without the id of its result cannot be stored.</source>
        <translation>Eine Entscheidung ohne die ID ihres Ergebnisses kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>There is no decision %1 to take back.</source>
        <translation>Es gibt keine Entscheidung %1, die zurückgenommen werden könnte.</translation>
    </message>
    <message>
        <source>A chosen commit needs the name of its repository.</source>
        <translation>Ein gewählter Commit braucht den Namen seines Repositorys.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a commit id of 40 hexadecimal digits.</source>
        <translation>„%1“ ist keine Commit-ID aus 40 Hexadezimalziffern.</translation>
    </message>
</context>
<context>
    <name>clearroom::review::LocationReader</name>
    <message>
        <source>&apos;%1&apos; is not a file path.</source>
        <translation>„%1“ ist kein Dateipfad.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file in commit %2 of the repository.</source>
        <translation>„%1“ ist keine Datei in Commit %2 des Repositorys.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder in commit %2, not a file.</source>
        <translation>„%1“ ist in Commit %2 ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a submodule in commit %2, not a file.</source>
        <translation>„%1“ ist in Commit %2 ein Submodul, keine Datei.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a symbolic link in commit %2: record the finding on the file it points to.</source>
        <translation>„%1“ ist in Commit %2 ein symbolischer Link: den Befund an der Datei festhalten, auf die er zeigt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a binary file in commit %2: it has no lines.</source>
        <translation>„%1“ ist in Commit %2 eine Binärdatei: Sie hat keine Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>Lines %1-%2 are not within &apos;%3&apos;, which has %n line(s).</source>
        <translation>
            <numerusform>Die Zeilen %1-%2 liegen nicht in „%3“, das %n Zeile hat.</numerusform>
            <numerusform>Die Zeilen %1-%2 liegen nicht in „%3“, das %n Zeilen hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a range of lines: write A-B with 1 &lt;= A &lt;= B, or one line number.</source>
        <translation>„%1“ ist kein Zeilenbereich: A-B mit 1 &lt;= A &lt;= B oder eine Zeilennummer schreiben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty: it has no lines.</source>
        <translation>„%1“ ist leer: Die Datei hat keine Zeilen.</translation>
    </message>
</context>
<context>
    <name>clearroom::review::Schema</name>
    <message>
        <source>The workspace &apos;%1&apos; was written by a newer Clearroom (format %2; this version reads formats up to %3). Open it with that version.</source>
        <translation>Der Arbeitsbereich „%1“ wurde von einem neueren Clearroom geschrieben (Format %2; diese Version liest Formate bis %3). Bitte mit jener Version öffnen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database but not a Clearroom workspace.</source>
        <translation>„%1“ ist eine SQLite-Datenbank, aber kein Clearroom-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty, not a Clearroom workspace.</source>
        <translation>„%1“ ist leer, kein Clearroom-Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>clearroom::review::Workspace</name>
    <message>
        <source>&apos;%1&apos; already exists; a new workspace never replaces a file.</source>
        <translation>„%1“ existiert schon; ein neuer Arbeitsbereich ersetzt nie eine Datei.</translation>
    </message>
    <message>
        <source>A review needs a name.</source>
        <translation>Eine Prüfung braucht einen Namen.</translation>
    </message>
    <message>
        <source>A review needs the reviewer&apos;s name.</source>
        <translation>Eine Prüfung braucht den Namen des Prüfers.</translation>
    </message>
    <message>
        <source>The workspace &apos;%1&apos; holds no review: it was never completed.</source>
        <translation>Der Arbeitsbereich „%1“ enthält keine Prüfung: Er wurde nie fertig angelegt.</translation>
    </message>
    <message>
        <source>The review has no repository yet; add one first.</source>
        <translation>Die Prüfung hat noch kein Repository; zuerst eines hinzufügen.</translation>
    </message>
    <message>
        <source>The review has no repository named &apos;%1&apos;; it has: %2.</source>
        <translation>Die Prüfung hat kein Repository namens „%1“; sie hat: %2.</translation>
    </message>
    <message>
        <source>The review has several repositories (%1): name one.</source>
        <translation>Die Prüfung hat mehrere Repositorys (%1): eines angeben.</translation>
    </message>
    <message>
        <source>A repository under review needs a name.</source>
        <translation>Ein geprüftes Repository braucht einen Namen.</translation>
    </message>
    <message>
        <source>The commit of repository &apos;%1&apos; is not a full object id.</source>
        <translation>Der Commit des Repositorys „%1“ ist keine vollständige Objekt-ID.</translation>
    </message>
    <message>
        <source>The review already has a repository named &apos;%1&apos; (%2).</source>
        <translation>Die Prüfung hat schon ein Repository namens „%1“ (%2).</translation>
    </message>
    <message>
        <source>The workspace &apos;%1&apos; cannot be created: %2.</source>
        <translation>Der Arbeitsbereich „%1“ kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>The workspace &apos;%1&apos; would be inside the repository under review (&apos;%2&apos;); Clearroom never writes into a reviewed repository. Keep the workspace elsewhere.</source>
        <translation>Der Arbeitsbereich „%1“ läge im geprüften Repository („%2“); Clearroom schreibt nie in ein geprüftes Repository. Bitte den Arbeitsbereich woanders ablegen.</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::Application</name>
    <message>
        <source>Clearroom: source code review for air-gapped review rooms.</source>
        <translation>Clearroom: Quellcode-Prüfung in netzgetrennten Prüfräumen.</translation>
    </message>
    <message>
        <source>repository</source>
        <translation>repository</translation>
    </message>
    <message>
        <source>A git repository to open read-only (a work tree or a git directory).</source>
        <translation>Ein Git-Repository, das nur lesend geöffnet wird (ein Arbeitsverzeichnis oder ein Git-Verzeichnis).</translation>
    </message>
    <message>
        <source>[repository]</source>
        <translation>[repository]</translation>
    </message>
    <message>
        <source>The revision to show (default: HEAD).</source>
        <translation>Die anzuzeigende Revision (Vorgabe: HEAD).</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>revision</translation>
    </message>
    <message>
        <source>A file to open in the tree.</source>
        <translation>Eine Datei, die im Baum geöffnet wird.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>clearroom: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set).
Start Clearroom in a graphical session, or under a virtual display with
  xvfb-run -a clearroom [REPOSITORY]
The command-line tool needs no display: clearroom-cli --help
</source>
        <translation>clearroom: Es gibt keine Anzeige (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt).
Starten Sie Clearroom in einer grafischen Sitzung oder auf einer virtuellen Anzeige mit
  xvfb-run -a clearroom [REPOSITORY]
Das Kommandozeilenwerkzeug braucht keine Anzeige: clearroom-cli --help
</translation>
    </message>
    <message>
        <source>A review workspace (.clearroom) to open, with its repository.</source>
        <translation>Ein Prüfungs-Arbeitsbereich (.clearroom), der mit seinem Repository geöffnet wird.</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>arbeitsbereich</translation>
    </message>
    <message>
        <source>A lead reviewer&apos;s workspace (.clearroom) to open in the consolidation page.</source>
        <translation>Ein Arbeitsbereich der Leitung (.clearroom), der auf der Konsolidierungsseite geöffnet wird.</translation>
    </message>
    <message>
        <source>The trust configuration packages are verified against (the authority&apos;s folder or its CA certificate).</source>
        <translation>Die Vertrauenskonfiguration, gegen die Pakete geprüft werden (der Ordner der Behörde oder ihr CA-Zertifikat).</translation>
    </message>
    <message>
        <source>trust</source>
        <translation>vertrauen</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::CombinedCoverageModel</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>%1: lines %2</source>
        <translation>%1: Zeilen %2</translation>
    </message>
    <message>
        <source>⚠ nobody reviewed this file</source>
        <translation>⚠ niemand hat diese Datei geprüft</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Geprüft von</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::ConsolidationController</name>
    <message>
        <source>&amp;Consolidation</source>
        <translation>&amp;Konsolidierung</translation>
    </message>
    <message>
        <source>Consolidation</source>
        <translation>Konsolidierung</translation>
    </message>
    <message>
        <source>&amp;Import Packages…</source>
        <translation>Pakete &amp;importieren…</translation>
    </message>
    <message>
        <source>Show &amp;Consolidation</source>
        <translation>&amp;Konsolidierung anzeigen</translation>
    </message>
    <message>
        <source>&amp;Export Consolidated Package…</source>
        <translation>Konsolidiertes Paket &amp;exportieren…</translation>
    </message>
    <message>
        <source>Import Auditors&apos; Packages</source>
        <translation>Pakete der Auditoren importieren</translation>
    </message>
    <message>
        <source>Clearroom packages (*.crpkg);;All files (*)</source>
        <translation>Clearroom-Pakete (*.crpkg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Trust Configuration</source>
        <translation>Vertrauenskonfiguration</translation>
    </message>
    <message>
        <source>The packages are verified against the authority&apos;s trust configuration before anything of them is read. Choose the authority&apos;s folder or its CA certificate.</source>
        <translation>Die Pakete werden gegen die Vertrauenskonfiguration der Stelle geprüft, bevor irgendetwas aus ihnen gelesen wird. Wählen Sie den Ordner der Stelle oder ihr CA-Zertifikat.</translation>
    </message>
    <message>
        <source>&amp;Folder…</source>
        <translation>&amp;Ordner…</translation>
    </message>
    <message>
        <source>&amp;CA Certificate…</source>
        <translation>&amp;CA-Zertifikat…</translation>
    </message>
    <message>
        <source>Trust Configuration Folder</source>
        <translation>Ordner der Vertrauenskonfiguration</translation>
    </message>
    <message>
        <source>Authority&apos;s CA Certificate</source>
        <translation>CA-Zertifikat der Stelle</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;New Lead Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich der Leitung…</translation>
    </message>
    <message>
        <source>&amp;Open Lead Workspace…</source>
        <translation>Arbeitsbereich der Leitung ö&amp;ffnen…</translation>
    </message>
    <message numerus="yes">
        <source>Lead workspace %1: %Ln package(s) taking part.</source>
        <translation>
            <numerusform>Arbeitsbereich der Leitung %1: %Ln Paket nimmt teil.</numerusform>
            <numerusform>Arbeitsbereich der Leitung %1: %Ln Pakete nehmen teil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead Workspace</source>
        <translation>Arbeitsbereich der Leitung</translation>
    </message>
    <message>
        <source>The auditors&apos; packages are kept, byte-identical, in a lead workspace with your decisions and their audit trail. Create one, or open the one you work in.</source>
        <translation>Die Pakete der Prüfer werden bytegenau in einem Arbeitsbereich der Leitung aufbewahrt, mit Ihren Entscheidungen und deren Prüfpfad. Legen Sie einen an oder öffnen Sie den, in dem Sie arbeiten.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open Lead Workspace</source>
        <translation>Arbeitsbereich der Leitung öffnen</translation>
    </message>
    <message>
        <source>Clearroom workspaces (*.%1);;All files (*)</source>
        <translation>Clearroom-Arbeitsbereiche (*.%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Lead Workspace</source>
        <translation>Neuer Arbeitsbereich der Leitung</translation>
    </message>
    <message>
        <source>The new workspace file (.%1)</source>
        <translation>Die neue Arbeitsbereichsdatei (.%1)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Your name, as your lead certificate has it</source>
        <translation>Ihr Name, wie er in Ihrem Zertifikat als Leitung steht</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Review:</source>
        <translation>&amp;Prüfung:</translation>
    </message>
    <message>
        <source>&amp;Lead reviewer:</source>
        <translation>&amp;Leitender Prüfer:</translation>
    </message>
    <message>
        <source>Clearroom workspaces (*.%1)</source>
        <translation>Clearroom-Arbeitsbereiche (*.%1)</translation>
    </message>
    <message>
        <source>Add &amp;Repository…</source>
        <translation>&amp;Repository hinzufügen…</translation>
    </message>
    <message>
        <source>Choose &amp;Commit…</source>
        <translation>&amp;Commit wählen…</translation>
    </message>
    <message>
        <source>Repository the Auditors Reviewed (opened read-only)</source>
        <translation>Von den Prüfern geprüftes Repository (nur lesend geöffnet)</translation>
    </message>
    <message>
        <source>Add Repository</source>
        <translation>Repository hinzufügen</translation>
    </message>
    <message>
        <source>The name the auditors&apos; findings give this repository:</source>
        <translation>Der Name, den die Befunde der Prüfer diesem Repository geben:</translation>
    </message>
    <message>
        <source>The lead workspace has no repository yet: add the one the auditors reviewed first (Consolidation &gt; Add Repository…).</source>
        <translation>Der Arbeitsbereich der Leitung hat noch kein Repository: Fügen Sie zuerst das von den Prüfern geprüfte hinzu (Konsolidierung &gt; Repository hinzufügen…).</translation>
    </message>
    <message>
        <source>Choose Commit</source>
        <translation>Commit wählen</translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation>Repository:</translation>
    </message>
    <message>
        <source>The commit of &quot;%1&quot; every finding is brought onto (a branch, tag or commit id):</source>
        <translation>Der Commit von „%1“, auf den jeder Befund gebracht wird (ein Branch, Tag oder eine Commit-ID):</translation>
    </message>
    <message>
        <source>Choose the file the lead workspace is kept in.</source>
        <translation>Wählen Sie die Datei, in der der Arbeitsbereich der Leitung gespeichert wird.</translation>
    </message>
    <message>
        <source>Name the consolidated review.</source>
        <translation>Geben Sie der konsolidierten Prüfung einen Namen.</translation>
    </message>
    <message>
        <source>Name the lead reviewer, as the lead certificate has it.</source>
        <translation>Nennen Sie den leitenden Prüfer mit dem Namen, den sein Zertifikat als Leitung führt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out (see the Consolidation page).</source>
        <translation>
            <numerusform>%Ln ausgelassen (siehe die Konsolidierungsseite).</numerusform>
            <numerusform>%Ln ausgelassen (siehe die Konsolidierungsseite).</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead workspace: %1</source>
        <translation>Arbeitsbereich der Leitung: %1</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::ConsolidationPage</name>
    <message>
        <source>&amp;Groups and Findings</source>
        <translation>&amp;Gruppen und Befunde</translation>
    </message>
    <message>
        <source>&amp;Consolidated Findings</source>
        <translation>&amp;Konsolidierte Befunde</translation>
    </message>
    <message>
        <source>C&amp;overage</source>
        <translation>&amp;Abdeckung</translation>
    </message>
    <message>
        <source>Filter by title, auditor, severity, reason…</source>
        <translation>Nach Titel, Auditor, Schweregrad, Grund filtern…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>not grouped</source>
        <translation>nicht gruppiert</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>&amp;Split…</source>
        <translation>&amp;Aufteilen…</translation>
    </message>
    <message>
        <source>Reject &amp;Proposal</source>
        <translation>&amp;Vorschlag ablehnen</translation>
    </message>
    <message>
        <source>&amp;Keep As Is</source>
        <translation>&amp;Unverändert übernehmen</translation>
    </message>
    <message>
        <source>&amp;Reject Finding…</source>
        <translation>Befund a&amp;blehnen…</translation>
    </message>
    <message>
        <source>&amp;Withdraw Decision</source>
        <translation>Entscheidung &amp;zurückziehen</translation>
    </message>
    <message>
        <source>Make one consolidated finding of the group&apos;s remaining findings.</source>
        <translation>Aus den verbleibenden Befunden der Gruppe einen konsolidierten Befund machen.</translation>
    </message>
    <message>
        <source>Take findings out of the group: each stays on its own.</source>
        <translation>Befunde aus der Gruppe herausnehmen: Jeder bleibt für sich.</translation>
    </message>
    <message>
        <source>The findings are not duplicates: each stays on its own.</source>
        <translation>Die Befunde sind keine Duplikate: Jeder bleibt für sich.</translation>
    </message>
    <message>
        <source>Carry the selected finding over as its auditor recorded it.</source>
        <translation>Den gewählten Befund so übernehmen, wie sein Auditor ihn erfasst hat.</translation>
    </message>
    <message>
        <source>Leave the selected finding out, with your reason.</source>
        <translation>Den gewählten Befund mit Ihrer Begründung weglassen.</translation>
    </message>
    <message>
        <source>Withdraw your decisions on the selection: they become automatic at export again.</source>
        <translation>Ihre Entscheidungen zur Auswahl zurückziehen: Sie werden beim Export wieder automatisch getroffen.</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>&amp;Withdraw Your Decision</source>
        <translation>Ihre Entscheidung &amp;zurückziehen</translation>
    </message>
    <message>
        <source>Every source finding is in exactly one row. Rows &quot;automatic at export&quot; are what Clearroom&apos;s rule decides for the findings you leave: a group still proposed is merged, every other finding kept.</source>
        <translation>Jeder Quellbefund steht in genau einer Zeile. Zeilen „automatisch beim Export“ zeigen, was Clearrooms Regel für die Befunde entscheidet, die Sie offen lassen: Eine noch vorgeschlagene Gruppe wird zusammengeführt, jeder andere Befund übernommen.</translation>
    </message>
    <message>
        <source>Only files &amp;nobody reviewed</source>
        <translation>Nur Dateien, die &amp;niemand geprüft hat</translation>
    </message>
    <message>
        <source>No auditor&apos;s package is imported yet: Consolidation &gt; Import Packages…</source>
        <translation>Noch ist kein Paket eines Auditors importiert: Konsolidierung &gt; Pakete importieren…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln Befund</numerusform>
            <numerusform>%Ln Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln package(s)</source>
        <translation>
            <numerusform>%Ln Paket</numerusform>
            <numerusform>%Ln Paketen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) nobody reviewed.</source>
        <translation>
            <numerusform>%Ln Datei, die niemand geprüft hat.</numerusform>
            <numerusform>%Ln Dateien, die niemand geprüft hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a group or a finding above.</source>
        <translation>Wählen Sie oben eine Gruppe oder einen Befund.</translation>
    </message>
    <message>
        <source>State: %1. Proposed because %2</source>
        <translation>Zustand: %1. Vorgeschlagen, weil %2</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>⚠ The auditors disagree on %1.</source>
        <translation>⚠ Die Auditoren sind sich uneinig über %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Split Group</source>
        <translation>Gruppe aufteilen</translation>
    </message>
    <message>
        <source>Take Out</source>
        <translation>Herausnehmen</translation>
    </message>
    <message>
        <source>Check the findings to take out of the group; each is then kept on its own. The rest stays proposed.</source>
        <translation>Haken Sie die Befunde an, die aus der Gruppe herausgenommen werden; jeder wird dann für sich übernommen. Der Rest bleibt vorgeschlagen.</translation>
    </message>
    <message>
        <source>Finding (click its column):</source>
        <translation>Befund (seine Spalte anklicken):</translation>
    </message>
    <message>
        <source>%1 from %2; %3; %4.</source>
        <translation>%1 aus %2; %3; %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate group(s) proposed</source>
        <translation>
            <numerusform>%Ln Duplikatgruppe vorgeschlagen</numerusform>
            <numerusform>%Ln Duplikatgruppen vorgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln decision(s) of yours</source>
        <translation>
            <numerusform>%Ln Entscheidung von Ihnen</numerusform>
            <numerusform>%Ln Entscheidungen von Ihnen</numerusform>
        </translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>Ihre Wahl</translation>
    </message>
    <message>
        <source>W&amp;ithdraw Decision</source>
        <translation>Entscheidung &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>Your decisions on findings of packages that no longer take part: kept in the workspace, not applied, and not in the package. Withdraw those you no longer need; the withdrawal is recorded in the audit log.</source>
        <translation>Ihre Entscheidungen über Befunde von Paketen, die nicht mehr teilnehmen: im Arbeitsbereich aufbewahrt, nicht angewendet und nicht im Paket. Nehmen Sie die zurück, die Sie nicht mehr brauchen; die Rücknahme wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message numerus="yes">
        <source>Not applied any more: %Ln decision(s) of yours on packages that no longer take part (see No Longer Applicable).</source>
        <translation>
            <numerusform>Nicht mehr angewendet: %Ln Entscheidung von Ihnen über Pakete, die nicht mehr teilnehmen (siehe Nicht mehr gültig).</numerusform>
            <numerusform>Nicht mehr angewendet: %Ln Entscheidungen von Ihnen über Pakete, die nicht mehr teilnehmen (siehe Nicht mehr gültig).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;No Longer Applicable (%1)</source>
        <translation>&amp;Nicht mehr gültig (%1)</translation>
    </message>
    <message>
        <source>Working out the automatic decisions…</source>
        <translation>Die automatischen Entscheidungen werden ermittelt…</translation>
    </message>
    <message>
        <source>Clearroom works out what export decides for the findings you have not decided; the consolidated findings follow when it is done.</source>
        <translation>Clearroom ermittelt, was der Export für die Befunde entscheidet, über die Sie nicht entschieden haben; die konsolidierten Befunde folgen, sobald das geschehen ist.</translation>
    </message>
    <message>
        <source>None of the imported packages takes part.</source>
        <translation>Keines der importierten Pakete nimmt teil.</translation>
    </message>
    <message>
        <source>Packages that do not take part, and why: a package superseded by a newer one of the same auditor and review, one refused at import, or one that no longer verifies against the trust configuration given now. The workspace keeps every imported package as it was: one that verifies again (another trust configuration) takes part again when the workspace is opened.</source>
        <translation>Pakete, die nicht teilnehmen, und warum: ein Paket, das durch ein neueres desselben Auditors und derselben Prüfung ersetzt ist, eines, das beim Import abgelehnt wurde, oder eines, das die Prüfung gegen die jetzt angegebene Vertrauenskonfiguration nicht mehr besteht. Der Arbeitsbereich behält jedes importierte Paket unverändert: Besteht es die Prüfung wieder (mit einer anderen Vertrauenskonfiguration), nimmt es beim nächsten Öffnen des Arbeitsbereichs wieder teil.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln package(s) left out: see Left Out for why.</source>
        <translation>
            <numerusform>%Ln Paket ausgelassen: warum, steht unter „Ausgelassen“.</numerusform>
            <numerusform>%Ln Pakete ausgelassen: warum, steht unter „Ausgelassen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Left Out (%1)</source>
        <translation>Ausg&amp;elassen (%1)</translation>
    </message>
    <message>
        <source>%1: %2
%3 · %4 · %5</source>
        <translation>%1: %2
%3 · %4 · %5</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::DecisionEditor</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1&apos;s &quot;%2&quot;</source>
        <translation>„%2“ von %1</translation>
    </message>
    <message>
        <source>Stands for: %1</source>
        <translation>Steht für: %1</translation>
    </message>
    <message>
        <source>Reject Finding</source>
        <translation>Befund ablehnen</translation>
    </message>
    <message>
        <source>The finding is left out of the consolidated findings; the package still carries it in its auditor&apos;s package and names your reason.</source>
        <translation>Der Befund wird nicht in die konsolidierten Befunde aufgenommen; das Paket enthält ihn weiterhin im Paket seines Auditors und nennt Ihren Grund.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Grund (erforderlich):</translation>
    </message>
    <message>
        <source>Merge Findings</source>
        <translation>Befunde zusammenführen</translation>
    </message>
    <message>
        <source>Keep Finding</source>
        <translation>Befund übernehmen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;CWE:</source>
        <translation>&amp;CWE:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Reco&amp;mmendation:</source>
        <translation>&amp;Empfehlung:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>The CWE must be a number such as CWE-89, or &quot;none&quot;.</source>
        <translation>Die CWE muss eine Nummer wie CWE-89 sein oder „keine“.</translation>
    </message>
    <message>
        <source>Optional: the result agrees with every source.</source>
        <translation>Freiwillig: Das Ergebnis stimmt mit jeder Quelle überein.</translation>
    </message>
    <message>
        <source>Required: the result departs from a source in %1.</source>
        <translation>Erforderlich: Das Ergebnis weicht von einer Quelle ab in %1.</translation>
    </message>
    <message>
        <source>Required: why is this finding left out?</source>
        <translation>Erforderlich: Warum wird dieser Befund weggelassen?</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::DiffPanel</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <source>changed its type</source>
        <translation>Art geändert</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzu</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Select a commit in the history, or compare two revisions (Go &gt; Compare Revisions).</source>
        <translation>Wählen Sie einen Commit in der Historie, oder vergleichen Sie zwei Revisionen (Gehe zu &gt; Revisionen vergleichen).</translation>
    </message>
    <message>
        <source>Changes of %1</source>
        <translation>Änderungen von %1</translation>
    </message>
    <message>
        <source>Changes from %1 to %2</source>
        <translation>Änderungen von %1 nach %2</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergleiche…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) changed.</source>
        <translation>
            <numerusform>%Ln Datei geändert.</numerusform>
            <numerusform>%Ln Dateien geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many files for git&apos;s search for renamed files (it would need a rename limit of %1): as with git, only unchanged renamed files are paired.</source>
        <translation>Zu viele Dateien für gits Suche nach umbenannten Dateien (sie bräuchte ein Umbenennungslimit von %1): Wie bei git werden nur unverändert umbenannte Dateien zugeordnet.</translation>
    </message>
    <message>
        <source>The two revisions have the same files.</source>
        <translation>Die beiden Revisionen haben dieselben Dateien.</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binär</translation>
    </message>
    <message>
        <source>%1 is larger than git&apos;s limit for comparing files (512 MiB); git treats it as binary.</source>
        <translation>%1 ist größer als gits Grenze für den Vergleich von Dateien (512 MiB); git behandelt sie als binär.</translation>
    </message>
    <message>
        <source>%1 is a binary file; its two versions differ.</source>
        <translation>%1 ist eine Binärdatei; ihre beiden Versionen unterscheiden sich.</translation>
    </message>
    <message>
        <source>%1: renamed, the content unchanged.</source>
        <translation>%1: umbenannt, der Inhalt unverändert.</translation>
    </message>
    <message>
        <source>%1: only the mode changed, from %2 to %3.</source>
        <translation>%1: nur der Modus hat sich geändert, von %2 zu %3.</translation>
    </message>
    <message>
        <source>%1 was added as an empty file.</source>
        <translation>%1 wurde als leere Datei hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 was removed; it was empty.</source>
        <translation>%1 wurde entfernt; sie war leer.</translation>
    </message>
    <message>
        <source>%1: the content is the same.</source>
        <translation>%1: der Inhalt ist gleich.</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::ExportChoiceForm</name>
    <message>
        <source>Your identity file from the authority (.p12)</source>
        <translation>Ihre Identitätsdatei von der Prüfstelle (.p12)</translation>
    </message>
    <message>
        <source>Optional: the authority&apos;s folder (its policy applies) or CA file</source>
        <translation>Optional: der Ordner der Prüfstelle (ihre Richtlinie gilt) oder die CA-Datei</translation>
    </message>
    <message>
        <source>Optional, without a trust configuration: the room&apos;s policy</source>
        <translation>Optional, ohne Vertrauenskonfiguration: die Richtlinie des Raums</translation>
    </message>
    <message>
        <source>The package file on the removable medium (.crpkg)</source>
        <translation>Die Paketdatei auf dem Wechselmedium (.crpkg)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>CA File…</source>
        <translation>CA-Datei…</translation>
    </message>
    <message>
        <source>&amp;Identity:</source>
        <translation>&amp;Identität:</translation>
    </message>
    <message>
        <source>&amp;Trust configuration:</source>
        <translation>&amp;Vertrauenskonfiguration:</translation>
    </message>
    <message>
        <source>Egress &amp;policy file:</source>
        <translation>Datei der Ausleitungs&amp;richtlinie:</translation>
    </message>
    <message>
        <source>Package &amp;file:</source>
        <translation>Paket&amp;datei:</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>PKCS#12 identities (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-Identitäten (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Trust Configuration Folder</source>
        <translation>Ordner der Vertrauenskonfiguration</translation>
    </message>
    <message>
        <source>Authority&apos;s CA Certificate</source>
        <translation>CA-Zertifikat der Prüfstelle</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Egress Policy</source>
        <translation>Ausleitungsrichtlinie</translation>
    </message>
    <message>
        <source>Policies (*.json);;All files (*)</source>
        <translation>Richtlinien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Package File</source>
        <translation>Paketdatei</translation>
    </message>
    <message>
        <source>Clearroom packages (*.crpkg)</source>
        <translation>Clearroom-Pakete (*.crpkg)</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::ExportDialog</name>
    <message>
        <source>Export Signed Package</source>
        <translation>Signiertes Paket exportieren</translation>
    </message>
    <message>
        <source>The package is shown in full before anything is written. Without an egress policy no code leaves the room.</source>
        <translation>Das Paket wird vollständig gezeigt, bevor etwas geschrieben wird. Ohne Ausleitungsrichtlinie verlässt kein Code den Raum.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Sign and Write</source>
        <translation>&amp;Signieren und schreiben</translation>
    </message>
    <message>
        <source>Everything above leaves the room. To sign it, enter the passphrase &amp;again:</source>
        <translation>Alles oben verlässt den Raum. Zum Signieren die Passphrase &amp;erneut eingeben:</translation>
    </message>
    <message>
        <source>No review is open.</source>
        <translation>Keine Prüfung ist geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>Review “%1”, %Ln finding(s), signed by %2. Egress policy: %3. About %4 bytes in all, to %5.</source>
        <translation>
            <numerusform>Prüfung „%1“, %Ln Befund, signiert von %2. Ausleitungsrichtlinie: %3. Insgesamt etwa %4 Bytes, nach %5.</numerusform>
            <numerusform>Prüfung „%1“, %Ln Befunde, signiert von %2. Ausleitungsrichtlinie: %3. Insgesamt etwa %4 Bytes, nach %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %Ln place(s) of free text look like pasted code. They leave as written.</source>
        <translation>
            <numerusform>Warnung: %Ln Stelle im Freitext sieht wie eingefügter Code aus. Sie verlässt den Raum wie geschrieben.</numerusform>
            <numerusform>Warnung: %Ln Stellen im Freitext sehen wie eingefügter Code aus. Sie verlassen den Raum wie geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the passphrase again to sign what is shown.</source>
        <translation>Geben Sie die Passphrase erneut ein, um das Gezeigte zu signieren.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>It is the first package exported from this workspace.</source>
        <translation>Es ist das erste aus diesem Arbeitsbereich exportierte Paket.</translation>
    </message>
    <message>
        <source>Previous package: %1.</source>
        <translation>Vorheriges Paket: %1.</translation>
    </message>
    <message>
        <source>Recording the export in the workspace…</source>
        <translation>Der Export wird im Arbeitsbereich festgehalten…</translation>
    </message>
    <message>
        <source>The package %1 was written and verified, but no workspace is open any more to record the export in; the next package will not name it as its previous package.</source>
        <translation>Das Paket %1 wurde geschrieben und verifiziert, aber es ist kein Arbeitsbereich mehr geöffnet, um den Export festzuhalten; das nächste Paket wird es nicht als vorheriges Paket nennen.</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::ExportPreviewDocument</name>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message numerus="yes">
        <source>Code that leaves the room (%Ln excerpt(s))</source>
        <translation>
            <numerusform>Code, der den Raum verlässt (%Ln Auszug)</numerusform>
            <numerusform>Code, der den Raum verlässt (%Ln Auszüge)</numerusform>
        </translation>
    </message>
    <message>
        <source>None: the egress policy (%1) lets no code leave.</source>
        <translation>Keiner: die Ausleitungsrichtlinie (%1) lässt keinen Code hinaus.</translation>
    </message>
    <message numerus="yes">
        <source>Free text that looks like pasted code (%Ln place(s))</source>
        <translation>
            <numerusform>Freitext, der wie eingefügter Code aussieht (%Ln Stelle)</numerusform>
            <numerusform>Freitext, der wie eingefügter Code aussieht (%Ln Stellen)</numerusform>
        </translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>Keiner gefunden.</translation>
    </message>
    <message>
        <source>Pasted code is code: it leaves as written. Edit the finding if it must not leave.</source>
        <translation>Eingefügter Code ist Code: er verlässt den Raum wie geschrieben. Bearbeiten Sie den Befund, wenn er nicht hinaus darf.</translation>
    </message>
    <message>
        <source>“%1”, %2, lines %3-%4</source>
        <translation>„%1“, %2, Zeilen %3-%4</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::FileView</name>
    <message>
        <source>Open a repository, then pick a file in the tree.</source>
        <translation>Öffnen Sie ein Repository und wählen Sie dann eine Datei im Baum.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a binary file of %2 (%Ln byte(s)); it is not shown as text.</source>
        <translation>
            <numerusform>%1 ist eine Binärdatei von %2 (%Ln Byte); sie wird nicht als Text angezeigt.</numerusform>
            <numerusform>%1 ist eine Binärdatei von %2 (%Ln Bytes); sie wird nicht als Text angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2, more than this view loads; it is not shown.</source>
        <translation>%1 ist %2 groß, mehr als diese Ansicht lädt; die Datei wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>%1 is a submodule: commit %2 of another repository, which is not part of this one.</source>
        <translation>%1 ist ein Submodul: Commit %2 eines anderen Repositorys, das nicht Teil dieses Repositorys ist.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to:
%2
Links are shown, never followed.</source>
        <translation>%1 ist ein symbolischer Link auf:
%2
Links werden angezeigt, nie verfolgt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid byte(s), shown as ⟨\xNN⟩</source>
        <translation>
            <numerusform>%Ln ungültiges Byte, angezeigt als ⟨\xNN⟩</numerusform>
            <numerusform>%Ln ungültige Bytes, angezeigt als ⟨\xNN⟩</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: this file contains %1 and %2. They are shown as markers such as ⟨RLO⟩ or ⟨ZWSP⟩: the code may not do what it appears to do (Trojan Source, CVE-2021-42574).</source>
        <translation>Warnung: Diese Datei enthält %1 und %2. Sie werden als Markierungen wie ⟨RLO⟩ oder ⟨ZWSP⟩ angezeigt: Der Code tut womöglich nicht, was er zu tun scheint (Trojan Source, CVE-2021-42574).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) that change the direction of text</source>
        <translation>
            <numerusform>%Ln Zeichen, das die Schreibrichtung ändert</numerusform>
            <numerusform>%Ln Zeichen, die die Schreibrichtung ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invisible character(s)</source>
        <translation>
            <numerusform>%Ln unsichtbares Zeichen</numerusform>
            <numerusform>%Ln unsichtbare Zeichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::ui::FindBar</name>
    <message>
        <source>Ignore case</source>
        <translation>Groß-/Kleinschreibung ignorieren</translation>
    </message>
    <message>
        <source>Find in this file</source>
        <translation>In dieser Datei suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous occurrence (Shift+F3)</source>
        <translation>Vorheriges Vorkommen (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next occurrence (F3, Enter)</source>
        <translation>Nächstes Vorkommen (F3, Eingabe)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <source>Line %1.</source>
        <translation>Zeile %1.</translation>
    </message>
    <message>
        <source>Went round to the end. %1</source>
        <translation>Weiter am Ende. %1</translation>
    </message>
    <message>
        <source>Went round to the start. %1</source>
        <translation>Weiter am Anfang. %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln occurrence(s). %1</source>
        <translation>
            <numerusform>%Ln Vorkommen. %1</numerusform>
            <numerusform>%Ln Vorkommen. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Zähle…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln occurrence(s).</source>
        <translation>
            <numerusform>%Ln Vorkommen.</numerusform>
            <numerusform>%Ln Vorkommen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::ui::FindingDetails</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>den Titel</translation>
    </message>
    <message>
        <source>the severity</source>
        <translation>den Schweregrad</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>den Status</translation>
    </message>
    <message>
        <source>the CWE</source>
        <translation>die CWE</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>die Beschreibung</translation>
    </message>
    <message>
        <source>the recommendation</source>
        <translation>die Empfehlung</translation>
    </message>
    <message>
        <source>Add &amp;Comment</source>
        <translation>&amp;Kommentieren</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Add to the discussion (Markdown; Ctrl+Return sends)</source>
        <translation>Zur Diskussion beitragen (Markdown; Strg+Eingabe sendet)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Select a finding to see it in full.</source>
        <translation>Einen Befund auswählen, um ihn vollständig zu sehen.</translation>
    </message>
    <message>
        <source>%1:%2-%3</source>
        <translation>%1:%2-%3</translation>
    </message>
    <message>
        <source> · carried forward: %1</source>
        <translation> · übertragen: %1</translation>
    </message>
    <message>
        <source>*No description.*</source>
        <translation>*Keine Beschreibung.*</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>*No comments yet.*</source>
        <translation>*Noch keine Kommentare.*</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Kommentare (%1)</translation>
    </message>
    <message>
        <source>Audit log entry %1, hash %2</source>
        <translation>Eintrag %1 des Audit-Protokolls, Hash %2</translation>
    </message>
    <message>
        <source>recorded the finding</source>
        <translation>hat den Befund festgehalten</translation>
    </message>
    <message>
        <source>deleted the finding</source>
        <translation>hat den Befund gelöscht</translation>
    </message>
    <message>
        <source>commented</source>
        <translation>hat kommentiert</translation>
    </message>
    <message>
        <source>carried it to commit %1 (%2)</source>
        <translation>hat ihn auf Commit %1 übertragen (%2)</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>hat %1 geändert</translation>
    </message>
    <message>
        <source>changed %1 from %2 to %3</source>
        <translation>hat %1 von %2 auf %3 geändert</translation>
    </message>
    <message>
        <source>First recorded at %1:%2-%3 (blob %4).</source>
        <translation>Zuerst festgehalten bei %1:%2-%3 (Blob %4).</translation>
    </message>
    <message>
        <source>added a location</source>
        <translation>hat eine Stelle hinzugefügt</translation>
    </message>
    <message>
        <source>%1 at commit %2</source>
        <translation>%1 bei Commit %2</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>von %1, %2</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::FindingEditor</name>
    <message>
        <source>Record Finding</source>
        <translation>Befund festhalten</translation>
    </message>
    <message>
        <source>What is wrong, in a line</source>
        <translation>Was falsch ist, in einer Zeile</translation>
    </message>
    <message>
        <source>CWE id or words of its name, e.g. 787 or out-of-bounds</source>
        <translation>CWE-Nummer oder Wörter ihres Namens, z. B. 787 oder out-of-bounds</translation>
    </message>
    <message>
        <source>What the problem is, why it matters, how it can be exploited (Markdown)</source>
        <translation>Worin das Problem besteht, warum es zählt, wie es sich ausnutzen lässt (Markdown)</translation>
    </message>
    <message>
        <source>How to fix it (Markdown)</source>
        <translation>Wie es sich beheben lässt (Markdown)</translation>
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation>Speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Stelle:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>&amp;CWE:</source>
        <translation>&amp;CWE:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation>&amp;Empfehlung:</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Edit Finding</source>
        <translation>Befund bearbeiten</translation>
    </message>
    <message>
        <source>Not a weakness of CWE %1: pick one from the list.</source>
        <translation>Keine Schwachstelle aus CWE %1: bitte eine aus der Liste wählen.</translation>
    </message>
    <message>
        <source>A finding needs a title.</source>
        <translation>Ein Befund braucht einen Titel.</translation>
    </message>
    <message>
        <source>The CWE is not one of the catalogue; pick one from the list or leave it empty.</source>
        <translation>Die CWE steht nicht im Katalog; bitte eine aus der Liste wählen oder das Feld leer lassen.</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::FindingsModel</name>
    <message>
        <source>%1:%2-%3</source>
        <translation>%1:%2-%3</translation>
    </message>
    <message>
        <source>Carried to commit %1 from the commit it was recorded on.</source>
        <translation>Vom Commit, auf dem er festgehalten wurde, auf Commit %1 übertragen.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>CWE</source>
        <translation>CWE</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>Verankerung</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::FindingsPanel</name>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1 und höher</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Unresolved (open, confirmed, disputed)</source>
        <translation>Unerledigt (offen, bestätigt, bestritten)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln</source>
        <translation>
            <numerusform>%1 von %Ln</numerusform>
            <numerusform>%1 von %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Path contains…</source>
        <translation>Pfad enthält…</translation>
    </message>
    <message>
        <source>Title or description contains…</source>
        <translation>Titel oder Beschreibung enthält…</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Alle Autoren</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::HistoryModel</name>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::HistoryPanel</name>
    <message>
        <source>Only the open file</source>
        <translation>Nur die geöffnete Datei</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Select a commit to read its message.</source>
        <translation>Wählen Sie einen Commit, um seine Nachricht zu lesen.</translation>
    </message>
    <message>
        <source>Reading commit %1…</source>
        <translation>Lese Commit %1…</translation>
    </message>
    <message>
        <source>Open a repository to read its history.</source>
        <translation>Öffnen Sie ein Repository, um seine Historie zu lesen.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>History of %1 in %2</source>
        <translation>Historie von %1 in %2</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historie von %1</translation>
    </message>
    <message>
        <source>Reading the history of %1…</source>
        <translation>Lese die Historie von %1…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln commit(s) so far…</source>
        <translation>
            <numerusform>Bisher %Ln Commit…</numerusform>
            <numerusform>Bisher %Ln Commits…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %Ln commit(s).</source>
        <translation>
            <numerusform>Nach %Ln Commit abgebrochen.</numerusform>
            <numerusform>Nach %Ln Commits abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commit(s).</source>
        <translation>
            <numerusform>%Ln Commit.</numerusform>
            <numerusform>%Ln Commits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commit(s) change %1.</source>
        <translation>
            <numerusform>%Ln Commit ändert %1.</numerusform>
            <numerusform>%Ln Commits ändern %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>commit %1</source>
        <translation>Commit %1</translation>
    </message>
    <message>
        <source>parent %1</source>
        <translation>Elternteil %1</translation>
    </message>
    <message>
        <source>Author:    %1</source>
        <translation>Autor:     %1</translation>
    </message>
    <message>
        <source>Committer: %1</source>
        <translation>Committer: %1</translation>
    </message>
    <message>
        <source>Encoding:  %1</source>
        <translation>Kodierung: %1</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::ImportDialog</name>
    <message>
        <source>Import Packages</source>
        <translation>Pakete importieren</translation>
    </message>
    <message numerus="yes">
        <source>Verifying %Ln package(s) against the trust configuration and reading them…</source>
        <translation>
            <numerusform>%Ln Paket wird gegen die Vertrauenskonfiguration geprüft und gelesen…</numerusform>
            <numerusform>%Ln Pakete werden gegen die Vertrauenskonfiguration geprüft und gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln package(s) take part; the others contribute nothing.</source>
        <translation>
            <numerusform>%1 von %Ln Paket nimmt teil; die anderen tragen nichts bei.</numerusform>
            <numerusform>%1 von %Ln Paketen nehmen teil; die anderen tragen nichts bei.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::ui::ImportRowsModel</name>
    <message>
        <source>accepted, flagged: broken chain</source>
        <translation>angenommen, markiert: unterbrochene Kette</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>refused: contributes nothing</source>
        <translation>abgewiesen: trägt nichts bei</translation>
    </message>
    <message>
        <source>already imported: contributes nothing</source>
        <translation>bereits importiert: trägt nichts bei</translation>
    </message>
    <message>
        <source>superseded: contributes nothing</source>
        <translation>ersetzt: trägt nichts bei</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(nicht gelesen)</translation>
    </message>
    <message>
        <source>Verified against the trust configuration and read.</source>
        <translation>Gegen die Vertrauenskonfiguration geprüft und gelesen.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::LeadDecisionsModel</name>
    <message>
        <source>merge</source>
        <translation>zusammenführen</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>übernehmen</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>ablehnen</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; (%3)</source>
        <translation>%1: „%2“ (%3)</translation>
    </message>
    <message>
        <source>automatic at export</source>
        <translation>automatisch beim Export</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Consolidated finding</source>
        <translation>Konsolidierter Befund</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stands for (auditor: source finding)</source>
        <translation>Steht für (Auditor: Quellbefund)</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::LeadExportDialog</name>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export Consolidated Package</source>
        <translation>Konsolidiertes Paket exportieren</translation>
    </message>
    <message>
        <source>Your lead reviewer identity (.p12)</source>
        <translation>Ihre Identität als leitender Prüfer (.p12)</translation>
    </message>
    <message>
        <source>Where to write the package (.crpkg)</source>
        <translation>Wohin das Paket geschrieben wird (.crpkg)</translation>
    </message>
    <message>
        <source>Choose your identity and press Preview to see what the package will hold.</source>
        <translation>Wählen Sie Ihre Identität und drücken Sie Vorschau, um zu sehen, was das Paket enthalten wird.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Identity:</source>
        <translation>&amp;Identität:</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>&amp;Schreiben nach:</translation>
    </message>
    <message>
        <source>Lead Reviewer Identity</source>
        <translation>Identität des leitenden Prüfers</translation>
    </message>
    <message>
        <source>PKCS #12 identities (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS-#12-Identitäten (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Consolidated Package</source>
        <translation>Konsolidiertes Paket</translation>
    </message>
    <message>
        <source>Clearroom packages (*.crpkg)</source>
        <translation>Clearroom-Pakete (*.crpkg)</translation>
    </message>
    <message>
        <source>Choose your lead reviewer identity (.p12).</source>
        <translation>Wählen Sie Ihre Identität als leitender Prüfer (.p12).</translation>
    </message>
    <message>
        <source>Building the consolidated package…</source>
        <translation>Das konsolidierte Paket wird gebaut…</translation>
    </message>
    <message>
        <source>Choose where to write the package.</source>
        <translation>Wählen Sie, wohin das Paket geschrieben wird.</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::LeadSession</name>
    <message>
        <source>There is no decision of yours with the result %1 to withdraw.</source>
        <translation>Es gibt keine Entscheidung von Ihnen mit dem Ergebnis %1, die zurückgezogen werden könnte.</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>zusammengeführt</translation>
    </message>
    <message>
        <source>split</source>
        <translation>aufgeteilt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>the lead reviewer</source>
        <translation>der leitende Prüfer</translation>
    </message>
    <message>
        <source>Sources (each inside the package byte-identical):</source>
        <translation>Quellen (jede byte-identisch im Paket):</translation>
    </message>
    <message numerus="yes">
        <source>  %1, signed by %2: %Ln finding(s)</source>
        <translation>
            <numerusform>  %1, signiert von %2: %Ln Befund</numerusform>
            <numerusform>  %1, signiert von %2: %Ln Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>  left out: %1: %2</source>
        <translation>  weggelassen: %1: %2</translation>
    </message>
    <message>
        <source>Your decisions: %1 merged, %2 kept, %3 rejected.</source>
        <translation>Ihre Entscheidungen: %1 zusammengeführt, %2 übernommen, %3 abgelehnt.</translation>
    </message>
    <message>
        <source>Automatic at export (the findings you did not decide): %1 merged, %2 kept.</source>
        <translation>Automatisch beim Export (die Befunde, über die Sie nicht entschieden haben): %1 zusammengeführt, %2 übernommen.</translation>
    </message>
    <message>
        <source>Entries of the consolidated package:</source>
        <translation>Einträge des konsolidierten Pakets:</translation>
    </message>
    <message>
        <source>Import the auditors&apos; packages first: there is nothing to consolidate.</source>
        <translation>Importieren Sie zuerst die Pakete der Auditoren: Es gibt nichts zu konsolidieren.</translation>
    </message>
    <message>
        <source>The identity %1 (&quot;%2&quot;) does not carry the lead reviewer role; consolidated packages are signed by lead reviewers.</source>
        <translation>Die Identität %1 („%2“) hat nicht die Rolle des leitenden Prüfers; konsolidierte Pakete werden von leitenden Prüfern signiert.</translation>
    </message>
    <message>
        <source>Prepare the package first: choose your identity and look at the preview.</source>
        <translation>Bereiten Sie zuerst das Paket vor: Wählen Sie Ihre Identität und sehen Sie sich die Vorschau an.</translation>
    </message>
    <message>
        <source>%1 exists already; Clearroom does not replace a package.</source>
        <translation>%1 existiert bereits; Clearroom ersetzt kein Paket.</translation>
    </message>
    <message>
        <source>Choose the trust configuration to verify the packages against first (Review &gt; Trust Configuration…).</source>
        <translation>Wählen Sie zuerst die Vertrauenskonfiguration, gegen die die Pakete geprüft werden (Prüfung &gt; Vertrauenskonfiguration…).</translation>
    </message>
    <message>
        <source>Choose the trust configuration the packages of %1 are verified against (Review &gt; Trust Configuration…).</source>
        <translation>Wählen Sie die Vertrauenskonfiguration, gegen die die Pakete von %1 geprüft werden (Prüfung &gt; Vertrauenskonfiguration…).</translation>
    </message>
    <message>
        <source>Open or create a lead workspace first (Consolidation &gt; New Lead Workspace…): the packages are kept in it.</source>
        <translation>Öffnen oder erstellen Sie zuerst einen Arbeitsbereich der Leitung (Konsolidierung &gt; Neuer Arbeitsbereich der Leitung…): Die Pakete werden darin aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::LeftOutModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Why it does not take part</source>
        <translation>Warum es nicht teilnimmt</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(nicht gelesen)</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::MainWindow</name>
    <message>
        <source>Clearroom</source>
        <translation>Clearroom</translation>
    </message>
    <message>
        <source>Pick a file in the tree to read it.</source>
        <translation>Wählen Sie eine Datei im Baum, um sie zu lesen.</translation>
    </message>
    <message>
        <source>%1 cannot be shown.</source>
        <translation>%1 kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Repository…</source>
        <translation>Repository &amp;öffnen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Revision…</source>
        <translation>&amp;Revision …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Clearroom</source>
        <translation>Ü&amp;ber Clearroom</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation>Revision:</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Opening %1 read-only…</source>
        <translation>%1 wird schreibgeschützt geöffnet …</translation>
    </message>
    <message>
        <source>Open Repository (read-only)</source>
        <translation>Repository öffnen (schreibgeschützt)</translation>
    </message>
    <message>
        <source>About Clearroom</source>
        <translation>Über Clearroom</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Clearroom %1&lt;/h3&gt;&lt;p&gt;Source code review for air-gapped review rooms. Repositories are opened read-only: nothing in them is ever written or executed.&lt;/p&gt;&lt;p&gt;%2&lt;br&gt;libgit2 %3&lt;/p&gt;&lt;p&gt;Licensed under the Apache License, version 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Clearroom %1&lt;/h3&gt;&lt;p&gt;Quellcode-Prüfung in netzgetrennten Prüfräumen. Repositorys werden schreibgeschützt geöffnet: Nichts darin wird je geschrieben oder ausgeführt.&lt;/p&gt;&lt;p&gt;%2&lt;br&gt;libgit2 %3&lt;/p&gt;&lt;p&gt;Lizenziert unter der Apache License, Version 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 is a folder; pick a file in it.</source>
        <translation>%1 ist ein Ordner; wählen Sie eine Datei darin.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>No repository open.</source>
        <translation>Kein Repository geöffnet.</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 (read-only)  ·  %2  ·  commit %3</source>
        <translation>%1 (schreibgeschützt)  ·  %2  ·  Commit %3</translation>
    </message>
    <message>
        <source>The path &apos;%1&apos; does not exist in this revision.</source>
        <translation>Der Pfad „%1“ existiert in dieser Revision nicht.</translation>
    </message>
    <message>
        <source>Open a repository with File &gt; Open Repository.</source>
        <translation>Öffnen Sie ein Repository mit Datei &gt; Repository öffnen.</translation>
    </message>
    <message>
        <source>Choose a branch, tag or commit in the Revision field.</source>
        <translation>Wählen Sie im Feld „Revision“ einen Branch, ein Tag oder einen Commit.</translation>
    </message>
    <message>
        <source>Read this before you review:</source>
        <translation>Bitte vor der Prüfung lesen:</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>%1 (commit %2)</source>
        <translation>%1 (Commit %2)</translation>
    </message>
    <message>
        <source>&amp;Search the Tree…</source>
        <translation>Baum &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historie</translation>
    </message>
    <message>
        <source>History of the Open &amp;File</source>
        <translation>Historie der geöffneten &amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find in File…</source>
        <translation>In Datei &amp;suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Go to &amp;Line…</source>
        <translation>Gehe zu &amp;Zeile…</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Line (1 to %1):</source>
        <translation>Zeile (1 bis %1):</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Blame</source>
        <translation>&amp;Blame (Herkunft der Zeilen)</translation>
    </message>
    <message>
        <source>Show beside each line the commit that last changed it</source>
        <translation>Neben jeder Zeile den Commit zeigen, der sie zuletzt geändert hat</translation>
    </message>
    <message>
        <source>&amp;Compare Revisions…</source>
        <translation>Revisionen &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Compare Revisions</source>
        <translation>Revisionen vergleichen</translation>
    </message>
    <message>
        <source>From (old):</source>
        <translation>Von (alt):</translation>
    </message>
    <message>
        <source>To (new):</source>
        <translation>Nach (neu):</translation>
    </message>
    <message>
        <source>%1 — %2 — Clearroom</source>
        <translation>%1 — %2 — Clearroom</translation>
    </message>
    <message>
        <source>%1 — Clearroom</source>
        <translation>%1 — Clearroom</translation>
    </message>
    <message>
        <source>%1 (read-only, objects verified once)  ·  %2  ·  commit %3</source>
        <translation>%1 (schreibgeschützt, Objekte einmal geprüft)  ·  %2  ·  Commit %3</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Verify Objects Once…</source>
        <translation>Objekte einmal &amp;prüfen …</translation>
    </message>
    <message>
        <source>Check every object of the repository against its id once and build Clearroom&apos;s commit-graph cache beside it (never in it): afterwards history, blame and search read it without hashing each object again (as clearroom-cli repo cache build).</source>
        <translation>Jedes Objekt des Repositorys einmal gegen seine ID prüfen und Clearrooms Commit-Graph-Cache daneben anlegen (nie darin): danach lesen Verlauf, Blame und Suche es, ohne jedes Objekt erneut zu hashen (wie clearroom-cli repo cache build).</translation>
    </message>
    <message>
        <source>Verify Objects Once</source>
        <translation>Objekte einmal prüfen</translation>
    </message>
    <message>
        <source>Verifying every object of %1…</source>
        <translation>Jedes Objekt von %1 wird geprüft …</translation>
    </message>
    <message>
        <source>Every object of this repository was verified once against its id (File &gt; Verify Objects Once, or clearroom-cli repo cache build) and is read without hashing it again while no object file changes.</source>
        <translation>Jedes Objekt dieses Repositorys wurde einmal gegen seine ID geprüft (Datei &gt; Objekte einmal prüfen, oder clearroom-cli repo cache build) und wird ohne erneutes Hashen gelesen, solange sich keine Objektdatei ändert.</translation>
    </message>
    <message>
        <source>Every object is checked against its id as it is read. File &gt; Verify Objects Once checks them all once, after which they are read faster.</source>
        <translation>Jedes Objekt wird beim Lesen gegen seine ID geprüft. Datei &gt; Objekte einmal prüfen prüft alle einmal; danach werden sie schneller gelesen.</translation>
    </message>
    <message>
        <source>No blame for %1: %2</source>
        <translation>Keine Blame-Ansicht für %1: %2</translation>
    </message>
    <message>
        <source>HEAD names the branch &apos;%1&apos;, which %2 does not have: choose a branch, tag or commit in the Revision field.</source>
        <translation>HEAD nennt den Branch „%1“, den %2 nicht hat: Wählen Sie im Feld „Revision“ einen Branch, ein Tag oder einen Commit.</translation>
    </message>
    <message>
        <source>%1 (read-only, objects verified once)  ·  commit %2</source>
        <translation>%1 (schreibgeschützt, Objekte einmal geprüft)  ·  Commit %2</translation>
    </message>
    <message>
        <source>%1 (read-only)  ·  commit %2</source>
        <translation>%1 (schreibgeschützt)  ·  Commit %2</translation>
    </message>
    <message>
        <source>Choose a branch, tag or commit in the Revision field to search it.</source>
        <translation>Wählen Sie im Feld „Revision“ einen Branch, ein Tag oder einen Commit, um ihn zu durchsuchen.</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::OpenedPackage</name>
    <message>
        <source>The entry “%1” changed after the package was verified; open it again.</source>
        <translation>Der Eintrag „%1“ hat sich geändert, nachdem das Paket geprüft wurde; öffnen Sie es erneut.</translation>
    </message>
    <message>
        <source>findings.json of %1 is not a JSON object (%2).</source>
        <translation>findings.json von %1 ist kein JSON-Objekt (%2).</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::PackageActions</name>
    <message>
        <source>&amp;Export Signed Package…</source>
        <translation>Signiertes Paket &amp;exportieren…</translation>
    </message>
    <message>
        <source>Open &amp;Package…</source>
        <translation>&amp;Paket öffnen…</translation>
    </message>
    <message>
        <source>&amp;Trust Configuration…</source>
        <translation>&amp;Vertrauenskonfiguration…</translation>
    </message>
    <message>
        <source>Trust Configuration Folder</source>
        <translation>Ordner der Vertrauenskonfiguration</translation>
    </message>
    <message>
        <source>Authority&apos;s &amp;CA Certificate…</source>
        <translation>&amp;CA-Zertifikat der Prüfstelle…</translation>
    </message>
    <message>
        <source>Authority&apos;s CA Certificate</source>
        <translation>CA-Zertifikat der Prüfstelle</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Package</source>
        <translation>Paket öffnen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>The authority&apos;s folder or CA file</source>
        <translation>Der Ordner oder die CA-Datei der Prüfstelle</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>CA File…</source>
        <translation>CA-Datei…</translation>
    </message>
    <message>
        <source>&amp;Inspect only, without verifying (shown as NOT verified)</source>
        <translation>Nur &amp;ansehen, ohne Prüfung (als NICHT geprüft gezeigt)</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>&amp;Paket:</translation>
    </message>
    <message>
        <source>&amp;Verify against:</source>
        <translation>Prüfen &amp;gegen:</translation>
    </message>
    <message>
        <source>Clearroom packages (*.crpkg);;All files (*)</source>
        <translation>Clearroom-Pakete (*.crpkg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the package to open.</source>
        <translation>Wählen Sie das zu öffnende Paket.</translation>
    </message>
    <message>
        <source>Choose the trust configuration to verify against, or inspect the package without verifying it.</source>
        <translation>Wählen Sie die Vertrauenskonfiguration, gegen die geprüft wird, oder sehen Sie das Paket ohne Prüfung an.</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::PackageEntriesModel</name>
    <message>
        <source>made when signing (about 2 KB)</source>
        <translation>entsteht beim Signieren (etwa 2 KB)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::PackageExport</name>
    <message>
        <source>The identity %1 (&quot;%2&quot;) does not carry the auditor role; review packages are signed by auditors.</source>
        <translation>Die Identität %1 („%2“) hat nicht die Rolle Prüfer; Prüfpakete werden von Prüfern signiert.</translation>
    </message>
    <message>
        <source>The identity %1 carries no CA certificate to check the written package against; choose the authority&apos;s trust configuration.</source>
        <translation>Die Identität %1 enthält kein CA-Zertifikat, gegen das das geschriebene Paket geprüft werden kann; wählen Sie die Vertrauenskonfiguration der Prüfstelle.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Unlocking the identity…</source>
        <translation>Identität wird entsperrt…</translation>
    </message>
    <message>
        <source>Reading the review…</source>
        <translation>Prüfung wird gelesen…</translation>
    </message>
    <message>
        <source>Making the package&apos;s entries…</source>
        <translation>Einträge des Pakets werden erstellt…</translation>
    </message>
    <message>
        <source>Signing the manifest…</source>
        <translation>Manifest wird signiert…</translation>
    </message>
    <message>
        <source>Writing to the medium…</source>
        <translation>Auf das Medium wird geschrieben…</translation>
    </message>
    <message>
        <source>Reading the package back from the medium and verifying it…</source>
        <translation>Paket wird vom Medium zurückgelesen und geprüft…</translation>
    </message>
    <message>
        <source>Choose the identity file (PKCS#12) to sign the package with.</source>
        <translation>Wählen Sie die Identitätsdatei (PKCS#12), mit der das Paket signiert wird.</translation>
    </message>
    <message>
        <source>Choose where to write the package.</source>
        <translation>Wählen Sie, wohin das Paket geschrieben wird.</translation>
    </message>
    <message>
        <source>Give the egress policy with the trust configuration or with a policy file, not both.</source>
        <translation>Geben Sie die Ausleitungsrichtlinie mit der Vertrauenskonfiguration oder mit einer Richtliniendatei an, nicht mit beiden.</translation>
    </message>
    <message>
        <source>“%1” exists already; Clearroom does not replace a package.</source>
        <translation>„%1“ existiert bereits; Clearroom ersetzt kein Paket.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The identity %1 is not the one the preview was made with; start the export again.</source>
        <translation>Die Identität %1 ist nicht die, mit der die Vorschau erstellt wurde; beginnen Sie den Export erneut.</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::PackageFindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::PackageViewer</name>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation>&amp;Einträge</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Verifying %1 against %2…</source>
        <translation>%1 wird gegen %2 geprüft…</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>Verified against %1: signed by %2, every entry as signed.</source>
        <translation>Geprüft gegen %1: signiert von %2, jeder Eintrag wie signiert.</translation>
    </message>
    <message>
        <source>Notice: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>NOT VERIFIED: shown as the package says it is. Nothing here is checked: not the signature, not the signer, not a single digest. Open it with the authority&apos;s trust configuration to verify it.</source>
        <translation>NICHT GEPRÜFT: gezeigt, wie das Paket sich selbst beschreibt. Nichts hier ist geprüft: nicht die Signatur, nicht der Unterzeichner, kein einziger Hashwert. Öffnen Sie es mit der Vertrauenskonfiguration der Prüfstelle, um es zu prüfen.</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>%1 (as the manifest names it)</source>
        <translation>%1 (wie das Manifest ihn nennt)</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signiert am</translation>
    </message>
    <message>
        <source>%1 (created, as the manifest says)</source>
        <translation>%1 (erstellt, laut Manifest)</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>%1, %2 lines of context</source>
        <translation>%1, %2 Zeilen Kontext</translation>
    </message>
    <message>
        <source>%1 (policy SHA-256 %2)</source>
        <translation>%1 (Richtlinie SHA-256 %2)</translation>
    </message>
    <message>
        <source>Egress policy</source>
        <translation>Ausleitungsrichtlinie</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This package has no report.html.</source>
        <translation>Dieses Paket hat keinen report.html.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln entries</source>
        <translation>
            <numerusform>%1, %Ln Eintrag</numerusform>
            <numerusform>%1, %Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous package</source>
        <translation>Vorheriges Paket</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Code that left the room</source>
        <translation>Code, der den Raum verlassen hat</translation>
    </message>
    <message>
        <source>finding %1 of findings.json</source>
        <translation>Befund %1 von findings.json</translation>
    </message>
    <message numerus="yes">
        <source>%n auditor package(s), each verified here with its own signature:</source>
        <translation>
            <numerusform>%n Paket eines Auditors, hier mit seiner eigenen Signatur geprüft:</numerusform>
            <numerusform>%n Pakete von Auditoren, jedes hier mit seiner eigenen Signatur geprüft:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, signed at %2, package %3</source>
        <translation>%1, signiert am %2, Paket %3</translation>
    </message>
    <message numerus="yes">
        <source>%n auditor package(s), as the manifest names them:</source>
        <translation>
            <numerusform>%n Paket eines Auditors, wie das Manifest es nennt:</numerusform>
            <numerusform>%n Pakete von Auditoren, wie das Manifest sie nennt:</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::ProposalsModel</name>
    <message>
        <source>merged by you into &quot;%1&quot;</source>
        <translation>von Ihnen zusammengeführt zu „%1“</translation>
    </message>
    <message>
        <source>kept by you as its auditor recorded it</source>
        <translation>von Ihnen übernommen, wie sein Auditor ihn erfasst hat</translation>
    </message>
    <message>
        <source>rejected by you: %1</source>
        <translation>von Ihnen abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>automatic at export: merged with %Ln other finding(s)</source>
        <translation>
            <numerusform>automatisch beim Export: zusammengeführt mit %Ln anderen Befund</numerusform>
            <numerusform>automatisch beim Export: zusammengeführt mit %Ln anderen Befunden</numerusform>
        </translation>
    </message>
    <message>
        <source>automatic at export: kept</source>
        <translation>automatisch beim Export: übernommen</translation>
    </message>
    <message numerus="yes">
        <source>Group of %Ln finding(s)</source>
        <translation>
            <numerusform>Gruppe aus %Ln Befund</numerusform>
            <numerusform>Gruppe aus %Ln Befunden</numerusform>
        </translation>
    </message>
    <message>
        <source>severity differs</source>
        <translation>Schweregrad weicht ab</translation>
    </message>
    <message>
        <source>status differs</source>
        <translation>Status weicht ab</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>not grouped</source>
        <translation>nicht gruppiert</translation>
    </message>
    <message>
        <source>No other auditor reported a matching finding.</source>
        <translation>Kein anderer Auditor meldete einen passenden Befund.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Auditors</source>
        <translation>Auditoren</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Why proposed</source>
        <translation>Warum vorgeschlagen</translation>
    </message>
    <message>
        <source>automatic at export: being worked out…</source>
        <translation>automatisch beim Export: wird ermittelt…</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::ReceiptDialog</name>
    <message>
        <source>Transfer Receipt</source>
        <translation>Übergabebeleg</translation>
    </message>
    <message>
        <source>The package was written, read back from the medium and verified. Keep this receipt: its SHA-256 identifies the file that left the room.</source>
        <translation>Das Paket wurde geschrieben, vom Medium zurückgelesen und geprüft. Bewahren Sie diesen Beleg auf: sein SHA-256 bezeichnet die Datei, die den Raum verlassen hat.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Could not save the receipt as “%1”: %2.</source>
        <translation>Der Beleg konnte nicht als „%1“ gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Save Receipt</source>
        <translation>Beleg speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Print Receipt</source>
        <translation>Beleg drucken</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::RefPicker</name>
    <message>
        <source>The revision to read: HEAD, a branch, a tag, or a commit id typed in (Ctrl+L)</source>
        <translation>Die zu lesende Revision: HEAD, ein Branch, ein Tag oder eine eingetippte Commit-ID (Strg+L)</translation>
    </message>
    <message>
        <source>Branch, tag or commit id</source>
        <translation>Branch, Tag oder Commit-ID</translation>
    </message>
    <message>
        <source>HEAD (%1)</source>
        <translation>HEAD (%1)</translation>
    </message>
    <message>
        <source>HEAD (detached)</source>
        <translation>HEAD (losgelöst)</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::RepositoryPreparation</name>
    <message>
        <source>Verifying the objects of &apos;%1&apos; was cancelled; nothing was recorded.</source>
        <translation>Die Prüfung der Objekte von „%1“ wurde abgebrochen; nichts wurde vermerkt.</translation>
    </message>
    <message>
        <source>Building the commit-graph cache…</source>
        <translation>Der Commit-Graph-Cache wird angelegt …</translation>
    </message>
    <message>
        <source>Every object of &apos;%1&apos; was verified once against its id in %2 s (packs: %3, objects in them: %4, loose objects: %5), and the commit-graph cache holds %6 commits.</source>
        <translation>Jedes Objekt von „%1“ wurde in %2 s einmal gegen seine ID geprüft (Packs: %3, Objekte darin: %4, lose Objekte: %5), und der Commit-Graph-Cache enthält %6 Commits.</translation>
    </message>
    <message>
        <source>Its objects are read without hashing each again while no object file changes.</source>
        <translation>Seine Objekte werden gelesen, ohne jedes erneut zu hashen, solange sich keine Objektdatei ändert.</translation>
    </message>
    <message>
        <source>Its objects are still hashed as they are read: %1.</source>
        <translation>Seine Objekte werden weiterhin beim Lesen gehasht: %1.</translation>
    </message>
    <message>
        <source>No thread could be started to verify the objects of &apos;%1&apos;.</source>
        <translation>Zum Prüfen der Objekte von „%1“ konnte kein Thread gestartet werden.</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::RepositorySession</name>
    <message>
        <source>No repository is open.</source>
        <translation>Es ist kein Repository geöffnet.</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::ReviewController</name>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>&amp;New Review…</source>
        <translation>&amp;Neue Prüfung…</translation>
    </message>
    <message>
        <source>&amp;Open Review…</source>
        <translation>Prüfung &amp;öffnen…</translation>
    </message>
    <message>
        <source>&amp;Record Finding…</source>
        <translation>Befund &amp;festhalten…</translation>
    </message>
    <message>
        <source>Record a finding on the selected lines</source>
        <translation>Einen Befund zu den ausgewählten Zeilen festhalten</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>Mark &amp;File Reviewed</source>
        <translation>&amp;Datei als geprüft markieren</translation>
    </message>
    <message>
        <source>Mark &amp;Selection Reviewed</source>
        <translation>&amp;Auswahl als geprüft markieren</translation>
    </message>
    <message>
        <source>Mark Selection &amp;Unreviewed</source>
        <translation>Auswahl als &amp;ungeprüft markieren</translation>
    </message>
    <message>
        <source>&amp;Next Unreviewed File</source>
        <translation>&amp;Nächste ungeprüfte Datei</translation>
    </message>
    <message>
        <source>Open the repository to review first; the review starts at the commit on display.</source>
        <translation>Zuerst das zu prüfende Repository öffnen; die Prüfung beginnt beim angezeigten Commit.</translation>
    </message>
    <message>
        <source>New Review</source>
        <translation>Neue Prüfung</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Workspace &amp;file:</source>
        <translation>Arbeitsbereichs-&amp;Datei:</translation>
    </message>
    <message>
        <source>Review &amp;name:</source>
        <translation>&amp;Name der Prüfung:</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>&amp;Prüfer:</translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation>Repository:</translation>
    </message>
    <message>
        <source>%1 at commit %2</source>
        <translation>%1 bei Commit %2</translation>
    </message>
    <message>
        <source>New Review Workspace</source>
        <translation>Neuer Prüfungs-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Clearroom workspaces (*.clearroom)</source>
        <translation>Clearroom-Arbeitsbereiche (*.clearroom)</translation>
    </message>
    <message>
        <source>Open Review</source>
        <translation>Prüfung öffnen</translation>
    </message>
    <message>
        <source>Open or create a review first (Review &gt; Open Review).</source>
        <translation>Zuerst eine Prüfung öffnen oder anlegen (Prüfung &gt; Prüfung öffnen).</translation>
    </message>
    <message>
        <source>The repository on display is not part of the review.</source>
        <translation>Das angezeigte Repository gehört nicht zur Prüfung.</translation>
    </message>
    <message>
        <source>Open a file and select the lines the finding is about.</source>
        <translation>Eine Datei öffnen und die Zeilen auswählen, um die es im Befund geht.</translation>
    </message>
    <message>
        <source>%1:%2-%3 at commit %4</source>
        <translation>%1:%2-%3 bei Commit %4</translation>
    </message>
    <message>
        <source>Open the file to mark first.</source>
        <translation>Zuerst die zu markierende Datei öffnen.</translation>
    </message>
    <message>
        <source>Open a file and select the lines to mark first.</source>
        <translation>Zuerst eine Datei öffnen und die zu markierenden Zeilen auswählen.</translation>
    </message>
    <message numerus="yes">
        <source>Reviewed: %1% of lines, %2 of %Ln file(s)</source>
        <translation>
            <numerusform>Geprüft: %1 % der Zeilen, %2 von %Ln Datei</numerusform>
            <numerusform>Geprüft: %1 % der Zeilen, %2 von %Ln Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Every file of this commit is reviewed.</source>
        <translation>Jede Datei dieses Commits ist geprüft.</translation>
    </message>
    <message>
        <source>&amp;Move Review to the Commit on Display…</source>
        <translation>Prüfung auf den angezeigten Commit &amp;übertragen…</translation>
    </message>
    <message>
        <source>Move Review</source>
        <translation>Prüfung übertragen</translation>
    </message>
    <message>
        <source>Carry the review of &apos;%1&apos; from commit %2 to commit %3?

Every finding is carried through the changes between them and marked exact, moved, modified or orphaned; where it was first recorded is kept. Coverage is carried only for lines that did not change.</source>
        <translation>Die Prüfung von „%1“ von Commit %2 auf Commit %3 übertragen?

Jeder Befund wird durch die Änderungen dazwischen getragen und als genau, verschoben, geändert oder verwaist markiert; wo er zuerst festgehalten wurde, bleibt erhalten. Abdeckung wird nur für unveränderte Zeilen übernommen.</translation>
    </message>
    <message numerus="yes">
        <source>The review of &apos;%1&apos; is now at commit %2. %Ln finding(s) carried: %3 exact, %4 moved, %5 modified, %6 orphaned.</source>
        <translation>
            <numerusform>Die Prüfung von „%1“ steht jetzt bei Commit %2. %Ln Befund übertragen: %3 genau, %4 verschoben, %5 geändert, %6 verwaist.</numerusform>
            <numerusform>Die Prüfung von „%1“ steht jetzt bei Commit %2. %Ln Befunde übertragen: %3 genau, %4 verschoben, %5 geändert, %6 verwaist.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add Selection to Finding</source>
        <translation>Auswahl dem Befund &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add the selected lines to the finding selected in the Findings panel</source>
        <translation>Die ausgewählten Zeilen dem in der Liste „Befunde“ ausgewählten Befund hinzufügen</translation>
    </message>
    <message>
        <source>Select the finding in the Findings panel first; the selected lines are added to it.</source>
        <translation>Zuerst den Befund in der Liste „Befunde“ auswählen; ihm werden die ausgewählten Zeilen hinzugefügt.</translation>
    </message>
    <message>
        <source>Open a file and select the lines to add to the finding.</source>
        <translation>Eine Datei öffnen und die Zeilen auswählen, die dem Befund hinzugefügt werden sollen.</translation>
    </message>
    <message>
        <source>Choose the file the review&apos;s workspace is kept in.</source>
        <translation>Wählen Sie die Datei, in der der Arbeitsbereich der Prüfung liegt.</translation>
    </message>
    <message>
        <source>Name the review.</source>
        <translation>Geben Sie der Prüfung einen Namen.</translation>
    </message>
    <message>
        <source>Name the reviewer: the name the findings are recorded under.</source>
        <translation>Nennen Sie den Prüfer: den Namen, unter dem die Befunde festgehalten werden.</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::RosterModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Certificate SHA-256</source>
        <translation>Zertifikat SHA-256</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::SearchPanel</name>
    <message>
        <source>Ignore case</source>
        <translation>Groß-/Kleinschreibung ignorieren</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Ganze Wörter</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Find hidden characters</source>
        <translation>Versteckte Zeichen finden</translation>
    </message>
    <message>
        <source>Search the whole tree (regular expression or text)</source>
        <translation>Den ganzen Baum durchsuchen (regulärer Ausdruck oder Text)</translation>
    </message>
    <message>
        <source>Basic regular expression</source>
        <translation>Einfacher regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Extended regular expression</source>
        <translation>Erweiterter regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Fixed text</source>
        <translation>Fester Text</translation>
    </message>
    <message>
        <source>Paths, e.g. src *.c (all when empty)</source>
        <translation>Pfade, z. B. src *.c (alle, wenn leer)</translation>
    </message>
    <message>
        <source>Finds bidirectional controls and invisible characters (Trojan Source, CVE-2021-42574) in every file</source>
        <translation>Findet bidirektionale Steuerzeichen und unsichtbare Zeichen (Trojan Source, CVE-2021-42574) in jeder Datei</translation>
    </message>
    <message>
        <source>Open a repository to search it.</source>
        <translation>Öffnen Sie ein Repository, um es zu durchsuchen.</translation>
    </message>
    <message>
        <source>Searches %1.</source>
        <translation>Durchsucht %1.</translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation>Durchsuche %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2 of %Ln file(s) of %3.</source>
        <translation>
            <numerusform>%1 in %2 von %Ln Datei von %3.</numerusform>
            <numerusform>%1 in %2 von %Ln Dateien von %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching line(s)</source>
        <translation>
            <numerusform>%Ln passende Zeile</numerusform>
            <numerusform>%Ln passende Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>Suche abgebrochen.</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::SearchResultsModel</name>
    <message>
        <source>%1 (binary file matches)</source>
        <translation>%1 (Binärdatei passt)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln line(s))</source>
        <translation>
            <numerusform>%1 (%Ln Zeile)</numerusform>
            <numerusform>%1 (%Ln Zeilen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::ui::SideBySideModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>(no code left the auditor&apos;s room under its egress policy)</source>
        <translation>(nach der Ausgaberichtlinie hat kein Code den Raum des Auditors verlassen)</translation>
    </message>
    <message>
        <source>%1&apos;s finding</source>
        <translation>Befund von %1</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Severity: auditors disagree</source>
        <translation>Schweregrad: Auditoren uneinig</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status: auditors disagree</source>
        <translation>Status: Auditoren uneinig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>CWE</source>
        <translation>CWE</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Auszug</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::SourceView</name>
    <message numerus="yes">
        <source> ⟪… %Ln more character(s) on this line⟫</source>
        <translation>
            <numerusform> ⟪… %Ln weiteres Zeichen in dieser Zeile⟫</numerusform>
            <numerusform> ⟪… %Ln weitere Zeichen in dieser Zeile⟫</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::StaleDecisionsModel</name>
    <message>
        <source>%1&apos;s finding %2 in package %3</source>
        <translation>Befund %2 von %1 im Paket %3</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Your result</source>
        <translation>Ihr Ergebnis</translation>
    </message>
    <message>
        <source>It was about</source>
        <translation>Betraf</translation>
    </message>
    <message>
        <source>Why it no longer applies</source>
        <translation>Warum sie nicht mehr gilt</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::TreeModel</name>
    <message>
        <source>%1 (submodule at %2)</source>
        <translation>%1 (Submodul bei %2)</translation>
    </message>
    <message>
        <source>%1 (symbolic link)</source>
        <translation>%1 (symbolischer Link)</translation>
    </message>
    <message>
        <source>This folder cannot be read from the repository.</source>
        <translation>Dieser Ordner kann nicht aus dem Repository gelesen werden.</translation>
    </message>
    <message>
        <source>%1  ·  %2%</source>
        <translation>%1  ·  %2 %</translation>
    </message>
    <message numerus="yes">
        <source>Reviewed: %1% of lines (%2 of %3), %4 of %Ln file(s)</source>
        <translation>
            <numerusform>Geprüft: %1 % der Zeilen (%2 von %3), %4 von %Ln Datei</numerusform>
            <numerusform>Geprüft: %1 % der Zeilen (%2 von %3), %4 von %Ln Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviewed: %1 of %Ln line(s)</source>
        <translation>
            <numerusform>Geprüft: %1 von %Ln Zeile</numerusform>
            <numerusform>Geprüft: %1 von %Ln Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::ui::TrustView</name>
    <message>
        <source>Trust Configuration</source>
        <translation>Vertrauenskonfiguration</translation>
    </message>
    <message>
        <source>Trust Configuration %1</source>
        <translation>Vertrauenskonfiguration %1</translation>
    </message>
    <message>
        <source>Not loaded: %1</source>
        <translation>Nicht geladen: %1</translation>
    </message>
</context>
<context>
    <name>clearroom::ui::WorkspaceSession</name>
    <message>
        <source>The finding is about commit %1 of &apos;%2&apos;: show that commit to add lines to it.</source>
        <translation>Der Befund bezieht sich auf Commit %1 von „%2“: diesen Commit anzeigen, um ihm Zeilen hinzuzufügen.</translation>
    </message>
</context>
</TS>
