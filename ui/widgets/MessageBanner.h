#pragma once
// An inline message above a form or page, instead of a modal box: errors stay
// visible next to what the user typed, and confirmations do not interrupt.
#include "text/Digits.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace tamkeen::ui {

class MessageBanner : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Info, Success };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    void showError(const QString &text) { showMessage(Kind::Error, text); }
    void showSuccess(const QString &text) { showMessage(Kind::Success, text); }
    void showInfo(const QString &text) { showMessage(Kind::Info, text); }
    void clear();

    Kind kind() const { return m_kind; }
    // The user's digits for every banner (messages from core carry Latin digits).
    // Set by the application controller from the settings.
    static void setDigitStyle(text::DigitStyle style);
    QString text() const;

private:
    QLabel *m_text;
    QToolButton *m_close;
    Kind m_kind = Kind::Info;
};

} // namespace tamkeen::ui
