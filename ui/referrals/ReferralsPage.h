#pragma once
// The Referrals section: referrals to partners with filters (status, partner,
// mine or everyone's), overdue follow-ups first and in red; new referral,
// change of status, outcome and the printed letter. A tab lists the follow-ups
// after voluntary exit that have fallen due, and administrators keep the
// partners catalogue in a third.
#include "format/PdfDocument.h"
#include "referrals/ExitService.h"
#include "referrals/ReferralService.h"
#include "security/Session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class DocumentOutput;
class ExitFollowUpDialog;
class ExitFollowUpsView;
class MessageBanner;
class PartnerDialog;
class ReferralDialog;
class ReferralOutcomeDialog;
class ReferralStatusDialog;

class ReferralsPage : public QWidget {
    Q_OBJECT
public:
    enum Column { ColBeneficiary, ColFile, ColPartner, ColService, ColSent, ColStatus, ColFollowUp };

    ReferralsPage(storage::Database &db, const AppSettings &settings, const security::Session &session,
                  QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    MessageBanner *banner() const { return m_banner; }
    QTableWidget *referralsTable() const { return m_table; }
    QTableWidget *followUpsTable() const;
    QTableWidget *partnersTable() const { return m_partners; } // administrators only, else null
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *partnerFilter() const { return m_partner; }
    QComboBox *workerFilter() const { return m_worker; }
    const QList<referrals::Referral> &referrals() const { return m_rows; }
    const QList<referrals::FollowUpCheck> &dueFollowUps() const;

    void refresh();
    // Each opens its dialog (window-modal) and returns it, or null when no row fits.
    ReferralDialog *newReferral();
    ReferralStatusDialog *changeStatus();
    ReferralOutcomeDialog *recordOutcome();
    ExitFollowUpDialog *recordFollowUp();
    PartnerDialog *addPartner();
    PartnerDialog *editPartner();
    // The selected referral's letter to `path` (the button asks where first).
    Status printLetter(const QString &path);
    Result<PrintedDocument> makeLetter(); // the selected referral's letter, for the printer
    DocumentOutput *letterOutput() const { return m_letterOutput; }
    // The referrals as listed (filters applied), as XLSX or CSV by the path's
    // suffix; exportList() asks where first.
    Status exportTo(const QString &path);
    void exportList();

private:
    QWidget *buildReferrals();
    QWidget *buildFollowUps();
    QWidget *buildPartners();
    void fillPartnerFilter();
    void updateButtons();
    const referrals::Referral *selected() const;
    template <class D> D *present(D *dialog);

    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    QList<referrals::Referral> m_rows;
    QList<referrals::Partner> m_partnerRows;
    MessageBanner *m_banner;
    QTabWidget *m_tabs;
    QTableWidget *m_table = nullptr, *m_partners = nullptr;
    ExitFollowUpsView *m_followUps = nullptr;
    QComboBox *m_status = nullptr, *m_partner = nullptr, *m_worker = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_statusButton = nullptr, *m_outcomeButton = nullptr, *m_letterButton = nullptr;
    DocumentOutput *m_letterOutput = nullptr;
};

} // namespace tamkeen::ui
