#include "ui/shell/ScreenLock.h"

#include "core/Log.h"
#include "services/SettingsService.h"
#include "services/UserService.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
// Esc and the title bar's close button must not unlock: only the password or signing out do.
class LockDialog final : public QDialog {
public:
    using QDialog::QDialog;
    void reject() override {}
};
} // namespace

ScreenLock::ScreenLock(services::Context ctx, services::Session session, QMainWindow *window)
    : QObject(window), m_ctx(ctx), m_session(std::move(session)), m_window(window), m_timer(new QTimer(this))
{
    m_limitMs = 60'000LL * services::SettingsService(m_ctx).intValue(services::settings::kIdleLockMinutes);
    m_sinceInput.start();
    qApp->installEventFilter(this);
    connect(m_timer, &QTimer::timeout, this, &ScreenLock::check);
    m_timer->start(15'000);
}

void ScreenLock::setIdleLimitMsForTests(qint64 ms)
{
    m_limitMs = ms;
    m_timer->start(int(std::max<qint64>(10, ms / 4)));
}

bool ScreenLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_sinceInput.restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void ScreenLock::check()
{
    if (m_limitMs > 0 && !isLocked() && m_sinceInput.elapsed() >= m_limitMs)
        lockNow();
}

void ScreenLock::lockNow()
{
    if (isLocked())
        return;
    log::get("auth")->info("screen locked for user id {} after {} s idle", m_session.userId, m_sinceInput.elapsed() / 1000);
    // Customer data stays out of sight while the desk is unattended.
    if (QWidget *central = m_window->centralWidget())
        central->hide();
    auto *dlg = new LockDialog(m_window);
    dlg->setObjectName(u"screenLock"_s);
    dlg->setWindowTitle(tr("DealerCRM is locked"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dlg);
    auto *text = new QLabel(tr("DealerCRM is locked. Enter the password of %1 to go on.").arg(m_session.displayName), dlg);
    text->setWordWrap(true);
    auto *password = new QLineEdit(dlg);
    password->setObjectName(u"lockPassword"_s);
    password->setEchoMode(QLineEdit::Password);
    password->setPlaceholderText(tr("Password"));
    auto *error = new QLabel(dlg);
    error->setObjectName(u"lockError"_s);
    error->setStyleSheet(u"color: #c62828"_s);
    error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(dlg);
    QPushButton *unlockButton = buttons->addButton(tr("Unlock"), QDialogButtonBox::AcceptRole);
    unlockButton->setObjectName(u"unlockButton"_s);
    unlockButton->setDefault(true);
    QPushButton *signOut = buttons->addButton(tr("Sign out and close"), QDialogButtonBox::DestructiveRole);
    signOut->setObjectName(u"signOutButton"_s);
    layout->addWidget(text);
    layout->addWidget(password);
    layout->addWidget(error);
    layout->addWidget(buttons);
    connect(unlockButton, &QPushButton::clicked, dlg, [this, password, error] {
        auto s = services::UserService(m_ctx).login(m_session.username, password->text());
        password->clear();
        if (!s || s->userId != m_session.userId) {
            error->setText(s ? tr("That is not the password of %1.").arg(m_session.displayName) : s.error().message);
            return;
        }
        unlock();
    });
    connect(signOut, &QPushButton::clicked, this, [this] { emit signOutRequested(); });
    dlg->setMinimumWidth(380);
    dlg->setModal(true);
    m_dialog = dlg;
    dlg->open();
    password->setFocus();
}

void ScreenLock::unlock()
{
    log::get("auth")->info("screen unlocked for user id {}", m_session.userId);
    if (QWidget *central = m_window->centralWidget())
        central->show();
    QDialog *dlg = m_dialog;
    m_dialog = nullptr;
    m_sinceInput.restart();
    dlg->accept();
}

} // namespace crm::ui
