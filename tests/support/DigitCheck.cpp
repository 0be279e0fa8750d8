#include "support/DigitCheck.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QListView>
#include <QTableView>
#include <QTreeView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTextDocumentFragment>
#include <QTextEdit>

namespace tamkeen::test {

namespace {

QString where(const QWidget *w)
{
    const QString name = w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
    return name;
}

QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

void addModel(const QAbstractItemView *view, const QAbstractItemModel *model, QStringList &found)
{
    if (!model || qobject_cast<const QHeaderView *>(view))
        return;
    const int rows = std::min(model->rowCount(), 200);
    // Only headers that are shown: a list has none, a table or tree may hide its own.
    const QHeaderView *header = nullptr;
    if (auto *table = qobject_cast<const QTableView *>(view))
        header = table->horizontalHeader();
    else if (auto *tree = qobject_cast<const QTreeView *>(view))
        header = tree->header();
    for (int c = 0; header && !header->isHidden() && c < model->columnCount(); ++c)
        found << latinDigitsIn(where(view) + QStringLiteral(" header"),
                               model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < model->columnCount(); ++c) {
            const QVariant v = model->data(model->index(r, c), Qt::DisplayRole);
            // Numbers handed to the view as numbers are drawn by the view in the
            // C locale: they count as Latin too.
            found << latinDigitsIn(where(view) + QStringLiteral(" cell"), v.toString());
        }
}

} // namespace

QStringList latinDigitsIn(const QString &where, const QString &text)
{
    int isolates = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x2066 && u <= 0x2068)
            ++isolates;
        else if (u == 0x2069)
            isolates = std::max(0, isolates - 1);
        else if (isolates == 0 && u >= u'0' && u <= u'9')
            return {where + QStringLiteral(": ") + text};
    }
    return {};
}

QStringList latinDigitsShown(QWidget *root)
{
    QStringList found;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    found << latinDigitsIn(QStringLiteral("window title"), root->window()->windowTitle());
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root) && w != root)
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            found << latinDigitsIn(where(w), plain(label->text()));
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            found << latinDigitsIn(where(w), button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            found << latinDigitsIn(where(w), box->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                found << latinDigitsIn(where(w), tabs->tabText(i));
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w))
            addModel(view, view->model(), found);
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            found << latinDigitsIn(where(w), combo->currentText());
        else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
            found << latinDigitsIn(where(w), spin->text());
        else if (auto *line = qobject_cast<QLineEdit *>(w)) {
            // What the user types is theirs; only text the program shows counts.
            if (line->isReadOnly() && !qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                found << latinDigitsIn(where(w), line->text());
        } else if (auto *edit = qobject_cast<QTextEdit *>(w)) {
            if (edit->isReadOnly())
                found << latinDigitsIn(where(w), edit->toPlainText());
        }
    }
    found.removeDuplicates();
    return found;
}

} // namespace tamkeen::test
