// libFuzzer target for the merge (issue 13 §7, test 10): every input becomes
// a validly sealed package of hostile content from an enrolled laptop
// (MergeHarness), imported into a fresh copy of a small organisation's hub.
// The import may refuse; nothing may crash, and `check` must pass afterwards.
// Every power of two inputs it prints what the imports did, so a run shows
// that the merge was reached.
#include "MergeHarness.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>

using tamkeen::fuzz::MergeHarness;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_merge";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static MergeHarness harness;
    static qint64 inputs = 0, imported = 0, entries = 0, newRows = 0, updated = 0, conflicts = 0, refused = 0;
    if (!harness.error().isEmpty()) {
        std::fprintf(stderr, "fuzz_merge: set-up failed: %s\n", qPrintable(harness.error()));
        std::abort();
    }
    const auto out = harness.run(data, size);
    if (!out.problems.isEmpty()) {
        std::fprintf(stderr, "fuzz_merge: check failed after the import (%s):\n  %s\n",
                     out.imported ? "accepted" : qPrintable(out.refused), qPrintable(out.problems.join(u"\n  ")));
        std::abort();
    }
    ++inputs;
    imported += out.imported;
    entries += out.entries;
    newRows += out.newRows;
    updated += out.updated;
    conflicts += out.conflicts;
    refused += out.refusedChanges;
    static QMap<QString, qint64> reasons;
    for (auto it = out.refusedReasons.begin(); it != out.refusedReasons.end(); ++it)
        reasons[it.key().left(60)] += it.value();
    if ((inputs & (inputs - 1)) == 0 && inputs >= 64)
        std::fprintf(stderr,
                     "fuzz_merge: %lld inputs, %lld packages accepted: %lld entries, %lld new rows, %lld updates, "
                     "%lld conflicts, %lld changes refused\n",
                     inputs, imported, entries, newRows, updated, conflicts, refused);
    if ((inputs & (inputs - 1)) == 0 && inputs >= 64 && qEnvironmentVariableIsSet("TAMKEEN_FUZZ_REASONS"))
        for (auto it = reasons.begin(); it != reasons.end(); ++it)
            std::fprintf(stderr, "  refused %lld: %s\n", it.value(), qPrintable(it.key()));
    return 0;
}
