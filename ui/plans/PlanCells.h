#pragma once
// Editing goals and tasks in place: each column says what its cells hold, and
// the delegate edits them with the right input: a combo box of terms, a
// DateField, or a line. Terms and dates keep their value in Qt::UserRole and
// show their label; Enter commits, Tab commits and moves to the next cell.
#include "registry/Vocabulary.h"

#include <QHash>
#include <QPointer>
#include <QStyledItemDelegate>

class QTableWidgetItem;

namespace tamkeen::ui {

class AppSettings;

struct CellKind {
    enum Type { Text, Number, Term, Date } type = Text;
    QList<registry::Term> terms; // for Term
};

class PlanCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    PlanCellDelegate(const AppSettings &settings, QObject *parent);

    void setColumn(int column, const CellKind &kind) { m_kinds.insert(column, kind); }
    CellKind kind(int column) const { return m_kinds.value(column); }
    // The terms a Term column offers may change (a goal's domain: the plan's tracks).
    void setTerms(int column, const QList<registry::Term> &terms) { m_kinds[column].terms = terms; }
    // Writes an editor still open back to its cell (before saving).
    void commitOpenEditor();

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const AppSettings &m_settings;
    QHash<int, CellKind> m_kinds;
    mutable QPointer<QWidget> m_open;
};

} // namespace tamkeen::ui
