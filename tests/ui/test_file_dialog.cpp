// Qt's own file dialog in Arabic (issue 12): with our translations installed
// the non-native dialog shows no English word and dates in the user's digits.
#include "format/AppSettings.h"
#include "support/Gui.h"
#include "widgets/FileDialogLocale.h"
#include "support/catch.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTreeView>

using namespace tamkeen;

namespace {

// Every text the dialog shows outside file names and paths, with where it is.
QStringList shownTexts(QFileDialog &dialog)
{
    QStringList texts;
    for (QLabel *l : dialog.findChildren<QLabel *>())
        if (l->isVisible())
            texts << QStringLiteral("label: ") + l->text();
    for (QAbstractButton *b : dialog.findChildren<QAbstractButton *>())
        if (b->isVisible())
            texts << QStringLiteral("button: ") + b->text() << QStringLiteral("tip: ") + b->toolTip();
    QComboBox *types = dialog.findChild<QComboBox *>(QStringLiteral("fileTypeCombo"));
    REQUIRE(types);
    for (int i = 0; i < types->count(); ++i)
        texts << QStringLiteral("type filter: ") + types->itemText(i);
    QTreeView *tree = dialog.findChild<QTreeView *>(QStringLiteral("treeView"));
    REQUIRE(tree);
    const QAbstractItemModel *model = tree->model();
    for (int c = 0; c < model->columnCount(); ++c)
        texts << QStringLiteral("header: ") + model->headerData(c, Qt::Horizontal).toString();
    const QModelIndex root = tree->rootIndex();
    for (int r = 0; r < model->rowCount(root); ++r)
        for (int c = 1; c < model->columnCount(root); ++c) // column 0: the file's own name
            texts << QStringLiteral("cell: ") + model->index(r, c, root).data().toString();
    return texts;
}

} // namespace

TEST_CASE("Qt's file dialog is all Arabic, dates included", "[ui][widgets][filedialog]")
{
    QTemporaryDir dir;
    ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::localiseFileDialogs(settings); // as the application does when it starts
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("وثائق")));
    QFile note(dir.filePath(QStringLiteral("ملاحظات.txt")));
    REQUIRE(note.open(QIODevice::WriteOnly));
    note.write("نص\n");
    note.close();

    QFileDialog dialog(nullptr, QStringLiteral("حفظ"), dir.path());
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setViewMode(QFileDialog::Detail);
    dialog.resize(900, 520);
    dialog.show();
    auto *model = dialog.findChild<QFileSystemModel *>();
    REQUIRE(model);
    // The folder is read on another thread: wait until both entries and their details are there.
    const QModelIndex folder = model->index(dir.path());
    for (int i = 0; i < 2000 && (model->rowCount(folder) < 2 || model->index(0, 2, folder).data().toString().isEmpty()
                                 || model->index(1, 3, folder).data().toString().isEmpty());
         ++i)
        test::settle();
    REQUIRE(model->rowCount(folder) == 2);
    test::settle();

    const QStringList texts = shownTexts(dialog);
    static const QRegularExpression latinWord(QStringLiteral("[A-Za-z]{2,}"));
    static const QRegularExpression latinDigit(QStringLiteral("[0-9]"));
    QStringList english;
    for (const QString &t : texts) {
        QString text = t.section(QStringLiteral(": "), 1);
        text.remove(QStringLiteral("(*)")); // the «all files» pattern
        if (text.contains(latinWord) || text.contains(latinDigit))
            english << t;
    }
    INFO(english.join(QLatin1Char('\n')).toStdString());
    CHECK(english.isEmpty());
    CHECK(texts.contains(QStringLiteral("cell: مجلد")));
    test::screenshot(&dialog, QStringLiteral("file-dialog-ar"));
}
