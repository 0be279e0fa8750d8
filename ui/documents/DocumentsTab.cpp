#include "documents/DocumentsTab.h"

#include "documents/DocumentDialogs.h"
#include "documents/DocumentPages.h"
#include "documents/DocumentViewer.h"
#include "documents/DocumentWords.h"
#include "format/AppSettings.h"
#include "format/Display.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReadOnlyTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

using documents::Document;
using documents::Documents;

DocumentsTab::DocumentsTab(storage::Database &db, const AppSettings &settings, const security::Session &session,
                           MessageBanner *banner, QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_session(session), m_banner(banner),
      m_summary(new QLabel(this))
{
    setObjectName(u"documentsTab"_s);
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_summary->setObjectName(u"documentsSummary"_s);
    m_summary->setWordWrap(true);
    row->addWidget(m_summary, 1);
    auto *attachButton = new QPushButton(tr("Attach a document…"), this);
    attachButton->setObjectName(u"attachDocument"_s);
    m_view = new QPushButton(tr("View and print…"), this);
    m_view->setObjectName(u"viewDocument"_s);
    m_remove = new QPushButton(tr("Remove…"), this);
    m_remove->setObjectName(u"removeDocument"_s);
    m_remove->setVisible(Documents::mayRemove(session));
    for (QPushButton *b : {attachButton, m_view, m_remove})
        row->addWidget(b);
    connect(attachButton, &QPushButton::clicked, this, [this] { attach(); });
    connect(m_view, &QPushButton::clicked, this, &DocumentsTab::view);
    connect(m_remove, &QPushButton::clicked, this, &DocumentsTab::remove);
    layout->addLayout(row);
    m_table = readOnlyTable({tr("Type"), tr("About"), tr("Date"), tr("Description"), tr("File"), tr("Added by"),
                             tr("On this computer")},
                            this, 3);
    m_table->setObjectName(u"documentList"_s);
    connect(m_table, &QTableWidget::currentCellChanged, this, &DocumentsTab::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &DocumentsTab::view);
    layout->addWidget(m_table, 1);
    updateButtons();
}

void DocumentsTab::setHousehold(const QByteArray &householdId)
{
    m_householdId = householdId;
    reload();
}

void DocumentsTab::reload()
{
    auto list = Documents(m_db).list(m_householdId);
    if (!list) { // never "no documents" for a family whose documents could not be read
        m_summary->setText(list.error().message);
        m_table->setRowCount(0);
        m_list.clear();
        updateButtons();
        return;
    }
    m_list = list.value();
    const Display display(m_settings);
    int missing = 0;
    m_table->setRowCount(int(m_list.size()));
    for (int r = 0; r < m_list.size(); ++r) {
        const Document &d = m_list[r];
        missing += d.here ? 0 : 1;
        const QStringList cells = {DocumentWords::type(d.type),
                                   DocumentWords::about(display, d.about),
                                   d.date.isValid() ? display.date(d.date) : display.date(d.addedAt.toLocalTime().date()),
                                   d.title,
                                   tr("%1, %2").arg(DocumentWords::kind(d.mime), DocumentWords::size(display, d.size)),
                                   Display::personName(d.addedByName),
                                   d.here ? tr("Yes") : tr("Not yet: it comes with a later package")};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    if (m_list.isEmpty())
        m_summary->setText(tr("No document is attached to this family yet."));
    else if (missing == 0)
        m_summary->setText(tr("%n document(s).", nullptr, int(m_list.size())));
    else
        m_summary->setText(tr("%n document(s); ", nullptr, int(m_list.size()))
                           + tr("%n not on this computer yet.", nullptr, missing));
    updateButtons();
}

void DocumentsTab::updateButtons()
{
    const int r = m_table->currentRow();
    const bool chosen = r >= 0 && r < m_list.size();
    m_view->setEnabled(chosen && m_list[r].here);
    m_remove->setEnabled(chosen);
}

QString DocumentsTab::described(const Document &d) const
{
    const Display display(m_settings);
    QStringList parts = {DocumentWords::type(d.type), DocumentWords::about(display, d.about)};
    if (d.date.isValid())
        parts << display.date(d.date);
    if (!d.title.isEmpty())
        parts << d.title;
    return Display::joined(parts);
}

AttachDocumentDialog *DocumentsTab::attach()
{
    return attach({u"households"_s, m_householdId, {}, {}});
}

AttachDocumentDialog *DocumentsTab::attach(const documents::DocumentAbout &about)
{
    auto *d = new AttachDocumentDialog(m_db, m_settings, m_session, m_householdId, about, window());
    connect(d, &FormDialog::saved, this, [this] {
        reload();
        m_banner->showSuccess(tr("The document was attached."));
        emit changed();
    });
    d->open();
    return d;
}

DocumentViewer *DocumentsTab::view()
{
    const int r = m_table->currentRow();
    if (r < 0 || r >= m_list.size() || !m_list[r].here)
        return nullptr;
    const Document d = m_list[r]; // a copy: the list may be read again while the PDF loads
    auto bytes = Documents(m_db).content(d.id);
    if (!bytes) {
        m_banner->showError(bytes.error().message);
        return nullptr;
    }
    auto pages = DocumentPages::open(d.mime, bytes.value());
    if (!pages) {
        m_banner->showError(pages.error().message);
        return nullptr;
    }
    auto *viewer = new DocumentViewer(m_db, m_settings, m_session, d, pages.value(), bytes.value(), described(d), window());
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->open();
    return viewer;
}

RemoveDocumentDialog *DocumentsTab::remove()
{
    const int r = m_table->currentRow();
    if (r < 0 || r >= m_list.size() || !Documents::mayRemove(m_session))
        return nullptr;
    auto *d = new RemoveDocumentDialog(m_db, m_session, m_list[r], described(m_list[r]), window());
    connect(d, &FormDialog::saved, this, [this] {
        reload();
        m_banner->showSuccess(tr("The document was removed."));
        emit changed();
    });
    d->open();
    return d;
}

} // namespace tamkeen::ui
