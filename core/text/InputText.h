#pragma once
// Text as it is let in, at the edge of every service that stores what a person
// typed (or a file brought): control characters (\x01, terminal escape
// sequences) and bidirectional embeddings, overrides and isolates
// (U+202A–U+202E, U+2066–U+2069) are removed, since they are invisible, can
// reorder or hide what others read, and reach terminals raw; and each field
// has a length bound, refused with a message that names the field.
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace tamkeen::text {

enum class TextKind {
    Line,      // one line: a line break or tab becomes a space
    Paragraph, // notes: line breaks and tabs stay
};

// Length bounds, in characters.
inline constexpr int kNameLength = 100;       // a part of a person's name
inline constexpr int kLineLength = 300;       // an address, a school, a note on one line
inline constexpr int kParagraphLength = 20000; // session notes, plan text

// What is left once the characters above are removed.
QString cleanInput(const QString &text, TextKind kind = TextKind::Line);
// True when cleanInput would change `text`.
bool hasUnsafeCharacters(const QString &text, TextKind kind = TextKind::Line);
// For a terminal or a log: like cleanInput, and any other control character
// left (from stored data) is shown as U+FFFD instead of being sent raw.
QString forTerminal(const QString &text);

class InputText {
    Q_DECLARE_TR_FUNCTIONS(InputText)
public:
    // Cleans `value` in place; refuses it, naming `label` and the bound, when it
    // is longer than `maxLength` once cleaned. `field` is the input to focus.
    static Status accept(QString &value, const QString &field, const QString &label, int maxLength,
                         TextKind kind = TextKind::Line);
};

} // namespace tamkeen::text
