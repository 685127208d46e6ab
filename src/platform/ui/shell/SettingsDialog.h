#pragma once
#include "ui/shell/Module.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QLabel;

namespace crm::ui {

// This desk's preferences (language, in QSettings) and the business settings shared by all
// desks (in the database, through SettingsService). Built from SettingsService::definitions().
class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(AppContext &app, QWidget *parent = nullptr);
    static QString storedLanguage(); // "", "zh_CN" or "en"

public slots:
    void accept() override;

protected:
private:
    AppContext &m_app;
    QComboBox *m_language;
    QLabel *m_error;
    QMap<QString, QWidget *> m_editors; // setting key → QLineEdit / QSpinBox
    QMap<QString, QString> m_loaded;
};

} // namespace crm::ui
