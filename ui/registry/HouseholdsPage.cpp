#include "registry/HouseholdsPage.h"

#include "security/AuditLog.h"
#include "export/HouseholdSheet.h"
#include "format/AppSettings.h"
#include "format/Display.h"
#include "registry/DuplicatesDialog.h"
#include "registry/HouseholdFile.h"
#include "registry/HouseholdModels.h"
#include "registry/HouseholdService.h"
#include "registry/Forms.h"
#include "registry/ImportDialog.h"
#include "registry/MemberDialogs.h"
#include "registry/Vocabulary.h"
#include "storage/Database.h"
#include "registry/CsvImport.h"
#include "widgets/FileDialogs.h"
#include "widgets/ListExport.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

HouseholdsPage::HouseholdsPage(storage::Database &db, const AppSettings &settings, const security::Session &session,
                               QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_session(session), m_search(new QLineEdit(this)),
      m_status(new QComboBox(this)), m_region(new QComboBox(this)), m_eligibility(new QComboBox(this)),
      m_worker(new QComboBox(this)), m_category(new QComboBox(this)),
      m_count(new QLabel(this)), m_view(new QTableView(this)), m_list(new HouseholdListModel(db, settings, this)),
      m_results(new SearchResultsModel(settings, this)), m_debounce(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search by name, file number, ID or phone"));
    m_search->setClearButtonEnabled(true);
    top->addWidget(m_search, 1);
    auto *add = new QPushButton(tr("Register a household…"), this);
    auto *import = new QPushButton(tr("Import…"), this);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(u"export"_s);
    exportButton->setToolTip(tr("Save the list as shown, with its filters, as an Excel workbook or a CSV file"));
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("The list as shown (Excel or CSV)…"), this, &HouseholdsPage::exportList);
    exportMenu->addAction(tr("Every household and member, in the import format (CSV)…"), this,
                          &HouseholdsPage::exportForImport);
    exportButton->setMenu(exportMenu);
    top->addWidget(add);
    top->addWidget(import);
    top->addWidget(exportButton);
    if (session.role == security::Role::Supervisor || session.role == security::Role::Administrator) {
        auto *duplicates = new QPushButton(tr("Possible duplicates…"), this);
        top->addWidget(duplicates);
        connect(duplicates, &QPushButton::clicked, this, &HouseholdsPage::reviewDuplicates);
    }
    layout->addLayout(top);

    auto *filters = new QHBoxLayout;
    m_status->addItem(tr("All statuses"), QString());
    for (const registry::Term &t : registry::Vocabulary::statuses())
        m_status->addItem(t.label, t.key);
    m_eligibility->addItem(tr("Eligible or not"), -1);
    m_eligibility->addItem(tr("Eligible"), 1);
    m_eligibility->addItem(tr("Not eligible"), 0);
    filters->addWidget(new QLabel(tr("Status"), this));
    filters->addWidget(m_status);
    filters->addWidget(new QLabel(tr("Region"), this));
    filters->addWidget(m_region);
    filters->addWidget(m_eligibility);
    m_worker->addItem(tr("All workers"), QByteArray());
    for (const auto &[id, name] : workerChoices(db))
        m_worker->addItem(name, id);
    m_category->addItem(tr("All categories"), QString());
    for (const registry::Term &t : registry::Vocabulary::defaultCategories())
        m_category->addItem(t.label, t.key);
    filters->addWidget(m_worker);
    filters->addWidget(m_category);
    filters->addStretch(1);
    filters->addWidget(m_count);
    layout->addLayout(filters);

    m_view->setModel(m_list);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(HouseholdListModel::FileNumber, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(24); // uniform rows: no per-row measuring
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(HouseholdListModel::Head, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &HouseholdsPage::runSearch);
    for (QComboBox *c : {m_status, m_region, m_eligibility, m_worker, m_category})
        connect(c, &QComboBox::currentIndexChanged, this, &HouseholdsPage::applyFilter);
    connect(add, &QPushButton::clicked, this, &HouseholdsPage::newHousehold);
    connect(import, &QPushButton::clicked, this, &HouseholdsPage::importFile);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &i) { openRow(i.row()); });
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto *create = new QShortcut(QKeySequence::New, this);
    connect(create, &QShortcut::activated, this, &HouseholdsPage::newHousehold);
    // Every write to the registry, here, in a file window or from an imported
    // package, reloads the list (regions included).
    connect(&db.notifier(), &Notifier::householdsChanged, this, &HouseholdsPage::refresh);
    refresh();
}

void HouseholdsPage::refresh()
{
    const QString region = m_region->currentData().toString();
    m_region->blockSignals(true);
    m_region->clear();
    m_region->addItem(tr("All regions"), QString());
    if (auto regions = registry::HouseholdList::regions(m_db))
        for (const QString &r : regions.value())
            m_region->addItem(r, r);
    m_region->setCurrentIndex(std::max(0, m_region->findData(region)));
    m_region->blockSignals(false);
    if (m_search->text().trimmed().isEmpty())
        applyFilter();
    else
        runSearch();
}

void HouseholdsPage::applyFilter()
{
    registry::HouseholdFilter f;
    f.status = m_status->currentData().toString();
    f.region = m_region->currentData().toString();
    if (const int e = m_eligibility->currentData().toInt(); e >= 0)
        f.eligible = e == 1;
    f.worker = m_worker->currentData().toByteArray();
    f.category = m_category->currentData().toString();
    m_list->setFilter(f);
    if (m_search->text().trimmed().isEmpty()) {
        m_view->setModel(m_list);
        m_count->setText(Display(m_settings).digits(tr("%Ln household(s)", nullptr, m_list->total())));
    }
}

void HouseholdsPage::runSearch()
{
    m_debounce->stop();
    const QString query = m_search->text();
    if (query.trimmed().isEmpty()) {
        m_view->setSortingEnabled(true);
        m_view->setModel(m_list);
        m_count->setText(Display(m_settings).digits(tr("%Ln household(s)", nullptr, m_list->total())));
        return;
    }
    auto hits = registry::SearchIndex::search(m_db, query, 100);
    m_results->setHits(hits ? hits.value() : QList<registry::SearchHit>());
    m_view->setSortingEnabled(false); // search results come best first
    m_view->setModel(m_results);
    m_count->setText(Display(m_settings).digits(tr("%Ln found", nullptr, m_results->rowCount())));
}

HouseholdFile *HouseholdsPage::openRow(int row)
{
    const QByteArray id = m_view->model() == m_results ? m_results->householdAt(row) : m_list->householdAt(row);
    return id.isEmpty() ? nullptr : openHousehold(id);
}

HouseholdFile *HouseholdsPage::openHousehold(const QByteArray &householdId)
{
    // One window per household: two could save crossing edits.
    if (HouseholdFile *open = m_openFiles.value(householdId)) {
        open->showNormal();
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *file = new HouseholdFile(m_db, m_settings, m_session, householdId, this);
    file->setAttribute(Qt::WA_DeleteOnClose);
    m_openFiles.removeIf([](const auto &open) { return open.value().isNull(); }); // closed since
    m_openFiles.insert(householdId, file);
    connect(file, &HouseholdFile::openHousehold, this, &HouseholdsPage::openHousehold);
    file->show();
    return file;
}

QDialog *HouseholdsPage::newHousehold()
{
    auto *service = new registry::HouseholdService(m_db);
    auto regions = registry::HouseholdList::regions(m_db);
    auto *d = new NewHouseholdDialog(
        m_settings, regions ? regions.value() : QStringList(), workerChoices(m_db),
        [this, service](const registry::HouseholdData &h, const registry::MemberData &head, const QList<QByteArray> &ack,
                        bool youngHeadConfirmed) { return service->create(m_session, h, head, ack, youngHeadConfirmed); },
        service->members(), this);
    suggestPlaces(d->householdForm(), m_db);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QObject::destroyed, this, [service] { delete service; });
    connect(d, &NewHouseholdDialog::created, this, &HouseholdsPage::openHousehold);
    connect(d, &RegistryDialog::openHousehold, this, &HouseholdsPage::openHousehold);
    d->open();
    return d;
}

QDialog *HouseholdsPage::reviewDuplicates()
{
    auto *d = new DuplicatesDialog(m_db, m_session, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &DuplicatesDialog::openHousehold, this, &HouseholdsPage::openHousehold);
    d->open();
    return d;
}

Status HouseholdsPage::exportTo(const QString &path)
{
    const Status s = writeList(path);
    // The list as shown, with its search or filters.
    const bool searched = m_view->model() == m_results;
    ListExport::audit(m_db, m_session, s, searched ? tr("Search results") : tr("Households"),
                      searched ? ListExport::shownFilters({m_search})
                               : ListExport::shownFilters({m_status, m_region, m_eligibility, m_worker, m_category}),
                      path);
    return s;
}

Status HouseholdsPage::writeList(const QString &path)
{
    if (m_view->model() == m_results)
        return ListExport::fromView(this, m_view, path, tr("Search results"), {SearchResultsModel::FileNumber});
    const registry::HouseholdFilter filter = m_list->filter();
    const registry::HouseholdSort sort = m_list->sortKey();
    const bool ascending = m_list->ascending();
    return ListExport::fromDatabase(
        this, m_db.path(), path, exporting::HouseholdSheet::layout(ListExport::rightToLeft()),
        [filter, sort, ascending](storage::Database &db) {
            return exporting::HouseholdSheet::feed(db, filter, sort, ascending);
        },
        m_list->total());
}

void HouseholdsPage::exportList()
{
    const QString path = ListExport::askPath(this, m_settings, tr("households"));
    if (!path.isEmpty())
        ListExport::report(this, exportTo(path));
}

Status HouseholdsPage::exportImportFormat(const QString &path)
{
    const registry::CsvLanguage language = ListExport::rightToLeft() ? registry::CsvLanguage::Arabic
                                                                     : registry::CsvLanguage::English;
    // No total is known up front (members, not households): the progress window shows it is busy.
    return ListExport::inBackground(this, m_db.path(), 0,
                                    [&](storage::Database &db, const exporting::SheetProgress &progress) {
                                        return registry::CsvImport::exportTo(db, path, language, progress);
                                    });
}

void HouseholdsPage::exportForImport()
{
    QString path = files::saveDocument(this, m_settings, tr("Export households for import"),
                                       tr("households-import") + u".csv"_s, tr("CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".csv"_s, Qt::CaseInsensitive))
        path += u".csv"_s;
    const Status s = exportImportFormat(path);
    ListExport::audit(m_db, m_session, s, tr("Every household and member, in the import format"), {}, path);
    ListExport::report(this, s);
}

QDialog *HouseholdsPage::importFile()
{
    auto *d = new ImportDialog(m_db, m_settings, m_session, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->open();
    return d;
}

} // namespace tamkeen::ui
