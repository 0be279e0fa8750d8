#include "widgets/FileDialogLocale.h"

#include "format/AppSettings.h"
#include "format/Display.h"

#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QPointer>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

namespace {

QPointer<const AppSettings> g_settings;

// QFileSystemModel's columns: name, size, type, date modified.
class LocalisedFiles : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const QVariant shown = QIdentityProxyModel::data(index, role);
        auto *files = qobject_cast<QFileSystemModel *>(sourceModel());
        if (role != Qt::DisplayRole || !files || !g_settings || (index.column() != 1 && index.column() != 3))
            return shown;
        const QModelIndex source = mapToSource(index);
        const Display display(*g_settings);
        if (index.column() == 3) {
            const QDateTime modified = files->lastModified(source);
            return modified.isValid() ? display.shortMoment(modified) : shown;
        }
        if (files->isDir(source) || shown.toString().isEmpty())
            return shown;
        return display.digits(QLocale().formattedDataSize(files->size(source)));
    }
};

class Watcher : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show)
            if (auto *dialog = qobject_cast<QFileDialog *>(watched))
                localiseFileDialog(dialog);
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void localiseFileDialogs(const AppSettings &settings)
{
    g_settings = &settings;
    static Watcher *watcher = nullptr;
    if (!watcher) {
        watcher = new Watcher(qApp);
        qApp->installEventFilter(watcher);
    }
}

void localiseFileDialog(QFileDialog *dialog)
{
    if (dialog->proxyModel() || !dialog->findChild<QFileSystemModel *>())
        return; // done already, or a native dialog (no widgets of its own)
    dialog->setProxyModel(new LocalisedFiles(dialog));
    // Our dates are longer than Qt's: size, type and date columns fit their text.
    if (auto *tree = dialog->findChild<QTreeView *>(u"treeView"_s))
        for (int column = 1; column <= 3; ++column)
            tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
}

} // namespace tamkeen::ui
