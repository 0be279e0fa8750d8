#pragma once
// Typing into a time editor (HH:mm): a digit of any style (ASCII, Arabic-Indic,
// Persian) becomes the editor's own digit, and a digit typed into a section that
// is already full replaces it instead of being appended to it ("06" then "9"
// gives "09", not "069").
#include <QObject>

class QDateTimeEdit;

namespace tamkeen::ui {

class TimeTyping : public QObject {
    Q_OBJECT
public:
    // Installs itself on `editor` (and is owned by it).
    static void install(QDateTimeEdit *editor);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit TimeTyping(QDateTimeEdit *editor);
    QDateTimeEdit *m_editor;
};

} // namespace tamkeen::ui
