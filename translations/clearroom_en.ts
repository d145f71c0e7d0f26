<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>clearroom::cli::AuditLogCommand</name>
    <message numerus="yes">
        <source>The audit log verifies: %n entries, chain and tables agree; head %1
</source>
        <translation>
            <numerusform>The audit log verifies: %n entry, chain and tables agree; head %1
</numerusform>
            <numerusform>The audit log verifies: %n entries, chain and tables agree; head %1
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::cli::BlameCommand</name>
    <message numerus="yes">
        <source>repo blame: -L &apos;%1&apos; lies beyond the end of &apos;%2&apos;, which has only %n line(s).</source>
        <translation>
            <numerusform>repo blame: -L &apos;%1&apos; lies beyond the end of &apos;%2&apos;, which has only %n line.</numerusform>
            <numerusform>repo blame: -L &apos;%1&apos; lies beyond the end of &apos;%2&apos;, which has only %n lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::cli::CacheCommand</name>
    <message numerus="yes">
        <source>Built the commit-graph cache &apos;%1&apos;: %n commit(s), %2 taken over from the cache before, %3 with a changed-path filter.
</source>
        <translation>
            <numerusform>Built the commit-graph cache &apos;%1&apos;: %n commit, %2 taken over from the cache before, %3 with a changed-path filter.
</numerusform>
            <numerusform>Built the commit-graph cache &apos;%1&apos;: %n commits, %2 taken over from the cache before, %3 with a changed-path filter.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The commit-graph cache &apos;%1&apos; holds %n commit(s).
</source>
        <translation>
            <numerusform>The commit-graph cache &apos;%1&apos; holds %n commit.
</numerusform>
            <numerusform>The commit-graph cache &apos;%1&apos; holds %n commits.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is stale: %n ref(s) or HEAD name commits it does not hold (they are read from the repository; &apos;repo cache build&apos; adds them).
</source>
        <translation>
            <numerusform>It is stale: %n ref or HEAD name commits it does not hold (they are read from the repository; &apos;repo cache build&apos; adds them).
</numerusform>
            <numerusform>It is stale: %n refs or HEAD name commits it does not hold (they are read from the repository; &apos;repo cache build&apos; adds them).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The objects were verified once: %n pack(s) and %1 loose object(s) recorded in &apos;%2&apos;.
</source>
        <translation>
            <numerusform>The objects were verified once: %n pack and %1 loose objects recorded in &apos;%2&apos;.
</numerusform>
            <numerusform>The objects were verified once: %n packs and %1 loose objects recorded in &apos;%2&apos;.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object file(s) changed since, so objects are hashed as they are read again (&apos;repo cache build&apos; verifies them):
</source>
        <translation>
            <numerusform>%n object file changed since, so objects are hashed as they are read again (&apos;repo cache build&apos; verifies them):
</numerusform>
            <numerusform>%n object files changed since, so objects are hashed as they are read again (&apos;repo cache build&apos; verifies them):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified every object once in %1 s: %n pack(s) with %2 objects and %3 loose object(s), %4 of these files taken over unchanged from the record before; recorded in &apos;%5&apos;.
</source>
        <translation>
            <numerusform>Verified every object once in %1 s: %n pack with %2 objects and %3 loose objects, %4 of these files taken over unchanged from the record before; recorded in &apos;%5&apos;.
</numerusform>
            <numerusform>Verified every object once in %1 s: %n packs with %2 objects and %3 loose objects, %4 of these files taken over unchanged from the record before; recorded in &apos;%5&apos;.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::cli::ConsolidateCommand</name>
    <message numerus="yes">
        <source>Consolidation of %n review(s)</source>
        <translation>
            <numerusform>Consolidation of %n review</numerusform>
            <numerusform>Consolidation of %n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>package %1, signed by %2: %n finding(s)</source>
        <translation>
            <numerusform>package %1, signed by %2: %n finding</numerusform>
            <numerusform>package %1, signed by %2: %n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not applied: %n decision(s) of the lead on findings of packages that no longer take part.</source>
        <translation>
            <numerusform>Not applied: %n decision of the lead on findings of packages that no longer take part.</numerusform>
            <numerusform>Not applied: %n decisions of the lead on findings of packages that no longer take part.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::cli::CoverageCommand</name>
    <message numerus="yes">
        <source>Marked %n line(s) reviewed.
</source>
        <translation>
            <numerusform>Marked %n line reviewed.
</numerusform>
            <numerusform>Marked %n lines reviewed.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n line(s) unreviewed.
</source>
        <translation>
            <numerusform>Marked %n line unreviewed.
</numerusform>
            <numerusform>Marked %n lines unreviewed.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::cli::ImportCommand</name>
    <message numerus="yes">
        <source>import: %n package(s) refused, of %1 given (each recorded in the workspace with its reason); the others are in the workspace as listed.</source>
        <translation>
            <numerusform>import: %n package refused, of %1 given (each recorded in the workspace with its reason); the others are in the workspace as listed.</numerusform>
            <numerusform>import: %n packages refused, of %1 given (each recorded in the workspace with its reason); the others are in the workspace as listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::cli::ReviewCommand</name>
    <message numerus="yes">
        <source>Findings:   %1
Audit log:  %n entries, head %2
</source>
        <translation>
            <numerusform>Findings:   %1
Audit log:  %n entry, head %2
</numerusform>
            <numerusform>Findings:   %1
Audit log:  %n entries, head %2
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::git::RepositoryInspector</name>
    <message numerus="yes">
        <source>Objects are also read from %n other folder(s) (objects/info/alternates): what is shown may not all be stored in this repository.</source>
        <translation>
            <numerusform>Objects are also read from %n other folder (objects/info/alternates): what is shown may not all be stored in this repository.</numerusform>
            <numerusform>Objects are also read from %n other folders (objects/info/alternates): what is shown may not all be stored in this repository.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) are replaced by refs/replace: git would show the replacements; Clearroom shows the original objects, as git --no-replace-objects does.</source>
        <translation>
            <numerusform>%n object is replaced by refs/replace: git would show the replacement; Clearroom shows the original object, as git --no-replace-objects does.</numerusform>
            <numerusform>%n objects are replaced by refs/replace: git would show the replacements; Clearroom shows the original objects, as git --no-replace-objects does.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>info/grafts rewrites the parents of %n commit(s): git would show a different history; Clearroom shows the parents the commits record.</source>
        <translation>
            <numerusform>info/grafts rewrites the parents of %n commit: git would show a different history; Clearroom shows the parents the commits record.</numerusform>
            <numerusform>info/grafts rewrites the parents of %n commits: git would show a different history; Clearroom shows the parents the commits record.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This is a shallow clone: history stops at %n commit(s) whose parents are not in the repository.</source>
        <translation>
            <numerusform>This is a shallow clone: history stops at %n commit whose parents are not in the repository.</numerusform>
            <numerusform>This is a shallow clone: history stops at %n commits whose parents are not in the repository.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::package::ConsolidatedPackageBuilder</name>
    <message numerus="yes">
        <source>%n source finding(s) have no decision yet (the first: %1 of %2).</source>
        <translation>
            <numerusform>%n source finding has no decision yet (the first: %1 of %2).</numerusform>
            <numerusform>%n source findings have no decision yet (the first: %1 of %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::package::DecisionRules</name>
    <message numerus="yes">
        <source>The decision names %n source finding(s) that are not among the imported packages.</source>
        <translation>
            <numerusform>The decision names %n source finding that are not among the imported packages.</numerusform>
            <numerusform>The decision names %n source findings that are not among the imported packages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keeping carries over exactly one source finding; %n were given.</source>
        <translation>
            <numerusform>Keeping carries over exactly one source finding; %n were given.</numerusform>
            <numerusform>Keeping carries over exactly one source finding; %n were given.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A merge stands for at least two source findings; %n was given.</source>
        <translation>
            <numerusform>A merge stands for at least two source findings; %n was given.</numerusform>
            <numerusform>A merge stands for at least two source findings; %n was given.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::package::EgressPolicy</name>
    <message numerus="yes">
        <source>the findings&apos; lines and %n line(s) of context may leave</source>
        <translation>
            <numerusform>the findings&apos; lines and %n line of context may leave</numerusform>
            <numerusform>the findings&apos; lines and %n lines of context may leave</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::package::ExportPreview</name>
    <message numerus="yes">
        <source>  findings: %n</source>
        <translation>
            <numerusform>  findings: %n</numerusform>
            <numerusform>  findings: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code that leaves (%n excerpt(s)):</source>
        <translation>
            <numerusform>Code that leaves (%n excerpt):</numerusform>
            <numerusform>Code that leaves (%n excerpts):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Free text that looks like pasted code (%n place(s)); it leaves as written:</source>
        <translation>
            <numerusform>Free text that looks like pasted code (%n place); it leaves as written:</numerusform>
            <numerusform>Free text that looks like pasted code (%n places); it leaves as written:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::package::ReportWriter</name>
    <message numerus="yes">
        <source>(%n partly)</source>
        <translation>
            <numerusform>(%n partly)</numerusform>
            <numerusform>(%n partly)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>%n finding.</numerusform>
            <numerusform>%n findings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::package::TransferReceipt</name>
    <message numerus="yes">
        <source>  sources:   %n auditor package(s) inside, each verified:</source>
        <translation>
            <numerusform>  sources:   %n auditor package inside, verified:</numerusform>
            <numerusform>  sources:   %n auditor packages inside, each verified:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::package::TrustDescription</name>
    <message numerus="yes">
        <source>  revokes %n certificate(s):</source>
        <translation>
            <numerusform>  revokes %n certificate:</numerusform>
            <numerusform>  revokes %n certificates:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::review::CweCatalogue</name>
    <message numerus="yes">
        <source>Line %1 of the CWE list has %n column(s) instead of 5 (id, name, abstraction, status, description).</source>
        <translation>
            <numerusform>Line %1 of the CWE list has %n column instead of 5 (id, name, abstraction, status, description).</numerusform>
            <numerusform>Line %1 of the CWE list has %n columns instead of 5 (id, name, abstraction, status, description).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::review::LocationReader</name>
    <message numerus="yes">
        <source>Lines %1-%2 are not within &apos;%3&apos;, which has %n line(s).</source>
        <translation>
            <numerusform>Lines %1-%2 are not within &apos;%3&apos;, which has %n line.</numerusform>
            <numerusform>Lines %1-%2 are not within &apos;%3&apos;, which has %n lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::ui::ConsolidationController</name>
    <message numerus="yes">
        <source>Lead workspace %1: %Ln package(s) taking part.</source>
        <translation>
            <numerusform>Lead workspace %1: %Ln package taking part.</numerusform>
            <numerusform>Lead workspace %1: %Ln packages taking part.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out (see the Consolidation page).</source>
        <translation>
            <numerusform>%Ln left out (see the Consolidation page).</numerusform>
            <numerusform>%Ln left out (see the Consolidation page).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::ui::ConsolidationPage</name>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln finding</numerusform>
            <numerusform>%Ln findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln package(s)</source>
        <translation>
            <numerusform>%Ln package</numerusform>
            <numerusform>%Ln packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) nobody reviewed.</source>
        <translation>
            <numerusform>%Ln file nobody reviewed.</numerusform>
            <numerusform>%Ln files nobody reviewed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate group(s) proposed</source>
        <translation>
            <numerusform>%Ln duplicate group proposed</numerusform>
            <numerusform>%Ln duplicate groups proposed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln decision(s) of yours</source>
        <translation>
            <numerusform>%Ln decision of yours</numerusform>
            <numerusform>%Ln decisions of yours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not applied any more: %Ln decision(s) of yours on packages that no longer take part (see No Longer Applicable).</source>
        <translation>
            <numerusform>Not applied any more: %Ln decision of yours on packages that no longer take part (see No Longer Applicable).</numerusform>
            <numerusform>Not applied any more: %Ln decisions of yours on packages that no longer take part (see No Longer Applicable).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln package(s) left out: see Left Out for why.</source>
        <translation>
            <numerusform>%Ln package left out: see Left Out for why.</numerusform>
            <numerusform>%Ln packages left out: see Left Out for why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::ui::DiffPanel</name>
    <message numerus="yes">
        <source>%Ln file(s) changed.</source>
        <translation>
            <numerusform>%Ln file changed.</numerusform>
            <numerusform>%Ln files changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::ui::ExportDialog</name>
    <message numerus="yes">
        <source>Review “%1”, %Ln finding(s), signed by %2. Egress policy: %3. About %4 bytes in all, to %5.</source>
        <translation>
            <numerusform>Review “%1”, %Ln finding, signed by %2. Egress policy: %3. About %4 bytes in all, to %5.</numerusform>
            <numerusform>Review “%1”, %Ln findings, signed by %2. Egress policy: %3. About %4 bytes in all, to %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %Ln place(s) of free text look like pasted code. They leave as written.</source>
        <translation>
            <numerusform>Warning: %Ln place of free text look like pasted code. They leave as written.</numerusform>
            <numerusform>Warning: %Ln places of free text look like pasted code. They leave as written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::ui::ExportPreviewDocument</name>
    <message numerus="yes">
        <source>Code that leaves the room (%Ln excerpt(s))</source>
        <translation>
            <numerusform>Code that leaves the room (%Ln excerpt)</numerusform>
            <numerusform>Code that leaves the room (%Ln excerpts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Free text that looks like pasted code (%Ln place(s))</source>
        <translation>
            <numerusform>Free text that looks like pasted code (%Ln place)</numerusform>
            <numerusform>Free text that looks like pasted code (%Ln places)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::ui::FileView</name>
    <message numerus="yes">
        <source>%1 is a binary file of %2 (%Ln byte(s)); it is not shown as text.</source>
        <translation>
            <numerusform>%1 is a binary file of %2 (%Ln byte); it is not shown as text.</numerusform>
            <numerusform>%1 is a binary file of %2 (%Ln bytes); it is not shown as text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid byte(s), shown as ⟨\xNN⟩</source>
        <translation>
            <numerusform>%Ln invalid byte, shown as ⟨\xNN⟩</numerusform>
            <numerusform>%Ln invalid bytes, shown as ⟨\xNN⟩</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) that change the direction of text</source>
        <translation>
            <numerusform>%Ln character that changes the direction of text</numerusform>
            <numerusform>%Ln characters that change the direction of text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invisible character(s)</source>
        <translation>
            <numerusform>%Ln invisible character</numerusform>
            <numerusform>%Ln invisible characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::ui::FindBar</name>
    <message numerus="yes">
        <source>%Ln occurrence(s). %1</source>
        <translation>
            <numerusform>%Ln occurrence. %1</numerusform>
            <numerusform>%Ln occurrences. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln occurrence(s).</source>
        <translation>
            <numerusform>%Ln occurrence.</numerusform>
            <numerusform>%Ln occurrences.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::ui::FindingsPanel</name>
    <message numerus="yes">
        <source>%1 of %Ln</source>
        <translation>
            <numerusform>%1 of %Ln</numerusform>
            <numerusform>%1 of %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::ui::HistoryPanel</name>
    <message numerus="yes">
        <source>%Ln commit(s) so far…</source>
        <translation>
            <numerusform>%Ln commit so far…</numerusform>
            <numerusform>%Ln commits so far…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %Ln commit(s).</source>
        <translation>
            <numerusform>Cancelled after %Ln commit.</numerusform>
            <numerusform>Cancelled after %Ln commits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commit(s).</source>
        <translation>
            <numerusform>%Ln commit.</numerusform>
            <numerusform>%Ln commits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commit(s) change %1.</source>
        <translation>
            <numerusform>%Ln commit changes %1.</numerusform>
            <numerusform>%Ln commits change %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::ui::ImportDialog</name>
    <message numerus="yes">
        <source>Verifying %Ln package(s) against the trust configuration and reading them…</source>
        <translation>
            <numerusform>Verifying %Ln package against the trust configuration and reading them…</numerusform>
            <numerusform>Verifying %Ln packages against the trust configuration and reading them…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln package(s) take part; the others contribute nothing.</source>
        <translation>
            <numerusform>%1 of %Ln package take part; the others contribute nothing.</numerusform>
            <numerusform>%1 of %Ln packages take part; the others contribute nothing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::ui::LeadSession</name>
    <message numerus="yes">
        <source>  %1, signed by %2: %Ln finding(s)</source>
        <translation>
            <numerusform>  %1, signed by %2: %Ln finding</numerusform>
            <numerusform>  %1, signed by %2: %Ln findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::ui::PackageViewer</name>
    <message numerus="yes">
        <source>%1, %Ln entries</source>
        <translation>
            <numerusform>%1, %Ln entry</numerusform>
            <numerusform>%1, %Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auditor package(s), each verified here with its own signature:</source>
        <translation>
            <numerusform>%n auditor package, verified here with its own signature:</numerusform>
            <numerusform>%n auditor packages, each verified here with its own signature:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auditor package(s), as the manifest names them:</source>
        <translation>
            <numerusform>%n auditor package, as the manifest names it:</numerusform>
            <numerusform>%n auditor packages, as the manifest names them:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::ui::ProposalsModel</name>
    <message numerus="yes">
        <source>automatic at export: merged with %Ln other finding(s)</source>
        <translation>
            <numerusform>automatic at export: merged with %Ln other finding</numerusform>
            <numerusform>automatic at export: merged with %Ln other findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group of %Ln finding(s)</source>
        <translation>
            <numerusform>Group of %Ln finding</numerusform>
            <numerusform>Group of %Ln findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::ui::ReviewController</name>
    <message numerus="yes">
        <source>Reviewed: %1% of lines, %2 of %Ln file(s)</source>
        <translation>
            <numerusform>Reviewed: %1% of lines, %2 of %Ln file</numerusform>
            <numerusform>Reviewed: %1% of lines, %2 of %Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The review of &apos;%1&apos; is now at commit %2. %Ln finding(s) carried: %3 exact, %4 moved, %5 modified, %6 orphaned.</source>
        <translation>
            <numerusform>The review of &apos;%1&apos; is now at commit %2. %Ln finding carried: %3 exact, %4 moved, %5 modified, %6 orphaned.</numerusform>
            <numerusform>The review of &apos;%1&apos; is now at commit %2. %Ln findings carried: %3 exact, %4 moved, %5 modified, %6 orphaned.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::ui::SearchPanel</name>
    <message numerus="yes">
        <source>%1 in %2 of %Ln file(s) of %3.</source>
        <translation>
            <numerusform>%1 in %2 of %Ln file of %3.</numerusform>
            <numerusform>%1 in %2 of %Ln files of %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching line(s)</source>
        <translation>
            <numerusform>%Ln matching line</numerusform>
            <numerusform>%Ln matching lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::ui::SearchResultsModel</name>
    <message numerus="yes">
        <source>%1 (%Ln line(s))</source>
        <translation>
            <numerusform>%1 (%Ln line)</numerusform>
            <numerusform>%1 (%Ln lines)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::ui::SourceView</name>
    <message numerus="yes">
        <source> ⟪… %Ln more character(s) on this line⟫</source>
        <translation>
            <numerusform> ⟪… %Ln more character on this line⟫</numerusform>
            <numerusform> ⟪… %Ln more characters on this line⟫</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearroom::ui::TreeModel</name>
    <message numerus="yes">
        <source>Reviewed: %1% of lines (%2 of %3), %4 of %Ln file(s)</source>
        <translation>
            <numerusform>Reviewed: %1% of lines (%2 of %3), %4 of %Ln file</numerusform>
            <numerusform>Reviewed: %1% of lines (%2 of %3), %4 of %Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviewed: %1 of %Ln line(s)</source>
        <translation>
            <numerusform>Reviewed: %1 of %Ln line</numerusform>
            <numerusform>Reviewed: %1 of %Ln lines</numerusform>
        </translation>
    </message>
</context>
</TS>
