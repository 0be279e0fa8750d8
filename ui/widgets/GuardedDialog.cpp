#include "widgets/GuardedDialog.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

namespace {
const char *const kIgnored = "tamkeenGuardIgnored";

bool ignored(const QWidget *w, const QWidget *top)
{
    for (; w && w != top; w = w->parentWidget()) {
        if (w->property(kIgnored).toBool())
            return true;
    }
    return false;
}
} // namespace

GuardedDialog::GuardedDialog(QWidget *parent) : QDialog(parent)
{
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, [this] {
        if (m_saveButton && m_saveButton->isVisible() && m_saveButton->isEnabled())
            m_saveButton->click();
    });
}

void GuardedDialog::setSaveButton(QAbstractButton *button)
{
    m_saveButton = button;
    // Enter in a field must not reach it through the dialog's default button.
    if (auto *push = qobject_cast<QPushButton *>(button))
        push->setDefault(false);
    button->setToolTip(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
}

void GuardedDialog::ignoreChanges(QWidget *widget)
{
    widget->setProperty(kIgnored, true);
}

void GuardedDialog::markClean()
{
    m_clean = state();
    m_cleanTaken = true;
}

bool GuardedDialog::hasUnsavedChanges() const
{
    return m_cleanTaken && state() != m_clean;
}

// Everything a person can change, in one string: comparing two of them says
// whether anything differs, however it was changed (and changed back).
QString GuardedDialog::state() const
{
    QStringList parts;
    const QList<QWidget *> widgets = findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (w->window() != this || ignored(w, this))
            continue;
        if (auto *e = qobject_cast<const QLineEdit *>(w)) {
            if (!qobject_cast<QAbstractSpinBox *>(e->parentWidget()) && !qobject_cast<QComboBox *>(e->parentWidget()))
                parts << e->text();
        } else if (auto *t = qobject_cast<const QTextEdit *>(w)) {
            parts << t->toPlainText();
        } else if (auto *p = qobject_cast<const QPlainTextEdit *>(w)) {
            parts << p->toPlainText();
        } else if (auto *s = qobject_cast<const QAbstractSpinBox *>(w)) {
            parts << s->text();
        } else if (auto *c = qobject_cast<const QComboBox *>(w)) {
            parts << QString::number(c->currentIndex()) + c->currentText();
        } else if (auto *b = qobject_cast<const QAbstractButton *>(w)) {
            if (b->isCheckable())
                parts << QString::number(int(b->isChecked()));
        } else if (auto *l = qobject_cast<const QListWidget *>(w)) {
            for (int i = 0; i < l->count(); ++i) {
                if (l->item(i)->flags() & Qt::ItemIsUserCheckable)
                    parts << QString::number(int(l->item(i)->checkState()));
            }
        } else if (auto *table = qobject_cast<const QTableWidget *>(w)) {
            parts << QString::number(table->rowCount());
            for (int r = 0; r < table->rowCount(); ++r)
                for (int c = 0; c < table->columnCount(); ++c)
                    if (const QTableWidgetItem *item = table->item(r, c))
                        parts << item->text() + QString::number(int(item->checkState()));
        }
    }
    return parts.join(QChar(0x1f));
}

void GuardedDialog::reject()
{
    if (m_discarding || !hasUnsavedChanges()) {
        QDialog::reject();
        return;
    }
    if (m_question)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, windowTitle(),
                                tr("What you entered here has not been saved. Discard it?"), QMessageBox::NoButton,
                                this);
    box->setObjectName(u"discardQuestion"_s);
    box->setInformativeText(tr("Choose \"Keep editing\" to go back and save it."));
    QPushButton *keep = box->addButton(tr("Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(u"keepEditing"_s);
    QPushButton *discard = box->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(u"discard"_s);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_question = box;
    connect(box, &QMessageBox::buttonClicked, this, [this, discard](QAbstractButton *clicked) {
        if (clicked != discard)
            return;
        m_discarding = true;
        reject();
    });
    box->open();
}

void GuardedDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter reaches the dialog only when the focused field did not use it:
    // it is swallowed instead of clicking the default button.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void GuardedDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_cleanTaken)
        markClean();
}

} // namespace tamkeen::ui
