#include "plans/PlanCells.h"

#include "widgets/DateField.h"

#include <QComboBox>
#include <QDateEdit>
#include <QKeyEvent>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

PlanCellDelegate::PlanCellDelegate(const AppSettings &settings, QObject *parent)
    : QStyledItemDelegate(parent), m_settings(settings)
{
}

QWidget *PlanCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    const CellKind k = kind(index.column());
    QWidget *editor = nullptr;
    if (k.type == CellKind::Term) {
        auto *combo = new QComboBox(parent);
        for (const registry::Term &t : k.terms)
            combo->addItem(t.label, t.key);
        editor = combo;
    } else if (k.type == CellKind::Date) {
        auto *field = new DateField(m_settings, parent);
        // The cell shows the spelled-out date once committed; the editor is narrow.
        if (auto *label = field->findChild<QLabel *>(u"spelledOutDate"_s))
            label->hide();
        field->setFocusProxy(field->editor());
        field->setAutoFillBackground(true);
        // Enter and Tab reach the inner editor, not the delegate's own filter.
        field->editor()->installEventFilter(const_cast<PlanCellDelegate *>(this));
        editor = field;
    } else {
        editor = QStyledItemDelegate::createEditor(parent, option, index);
    }
    m_open = editor;
    return editor;
}

void PlanCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::UserRole))));
    } else if (auto *field = qobject_cast<DateField *>(editor)) {
        const QDate d = index.data(Qt::UserRole).toDate();
        field->setDate(d.isValid() ? d : QDate::currentDate());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void PlanCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    // The value first, the label last: the dialog reads the cell when its text changes.
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::UserRole);
        model->setData(index, combo->currentText(), Qt::DisplayRole);
    } else if (auto *field = qobject_cast<DateField *>(editor)) {
        model->setData(index, field->date(), Qt::UserRole);
        model->setData(index, field->spelledOut(), Qt::DisplayRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void PlanCellDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    QRect r = option.rect;
    r.setWidth(std::max(r.width(), editor->sizeHint().width()));
    if (option.direction == Qt::RightToLeft)
        r.moveRight(option.rect.right());
    editor->setGeometry(r);
    Q_UNUSED(index)
}

void PlanCellDelegate::commitOpenEditor()
{
    if (QWidget *editor = m_open) {
        emit commitData(editor);
        emit closeEditor(editor, NoHint);
    }
}

bool PlanCellDelegate::eventFilter(QObject *watched, QEvent *event)
{
    auto *date = qobject_cast<QDateEdit *>(watched);
    auto *field = date ? qobject_cast<DateField *>(date->parentWidget()) : nullptr;
    if (field && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            emit commitData(field);
            emit closeEditor(field, SubmitModelCache);
            return true;
        case Qt::Key_Tab:
            emit commitData(field);
            emit closeEditor(field, EditNextItem);
            return true;
        case Qt::Key_Backtab:
            emit commitData(field);
            emit closeEditor(field, EditPreviousItem);
            return true;
        case Qt::Key_Escape:
            emit closeEditor(field, RevertModelCache);
            return true;
        default:
            break;
        }
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

} // namespace tamkeen::ui
