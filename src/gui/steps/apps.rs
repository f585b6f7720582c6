//! Step 5, "Where will you read your mail?": one card per place a person reads mail, each with
//! the steps in the order they are done and the one action that does them.
//!
//! The step owns its state ([`AppsStep`]): what was saved, what Thunderbird's set-up found, the
//! folders typed when no dialog can be shown. The choices themselves and whether each one's work
//! is done live in [`crate::wizard::Delivery`], which decides whether Next is open.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::text::LayoutJob;
use egui::{FontId, RichText, TextEdit, TextFormat, TextStyle, Ui};

use crate::address::DomainKind;
use crate::export::Format;
use crate::export::android_qr;
use crate::export::outlook::outlook_steps;
use crate::gui::command::Command;
use crate::gui::state::SigningChoice;
use crate::gui::theme;
use crate::gui::ui_ext::{Mark, UiExt as _, qr_code_ui};
use crate::i18n::{Lang, Piece};
use crate::qr::QrMatrix;
use crate::serve::{LanAddress, ServeEvent, ServeHandle, ServeStatus};
use crate::settings::AccountSettings;
use crate::sign::SigningIdentity;
use crate::thunderbird::AdminCommand;
use crate::wizard::{AppleDevice, Destination, Draft, OutlookEdition};

use super::address::sentence;
use super::health::{DomainHealth, HealthMsg};
use super::sign::{IdentityLoaded, SignSection};

/// What putting the file into Thunderbird's program folder came to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ThunderbirdSetup {
    /// Not tried yet.
    #[default]
    NotTried,
    /// Looking and writing now.
    Working,
    /// The file is in place.
    Installed(PathBuf),
    /// The folder needs administrator rights: the file was saved here instead, and the command
    /// copies it into place.
    NeedsAdmin(AdminCommand),
    /// No program folder in the usual places; the person can name one.
    NotFound(String),
    /// Something else stopped it (a Flatpak or Snap image, a folder that is not Thunderbird's,
    /// a failed write), with the reason.
    Failed(String),
}

/// What the save and set-up jobs report to the mail app step.
#[derive(Debug)]
pub enum AppsMsg {
    /// Settings files were written.
    Saved {
        /// The place they were saved for: its work is done once they are written.
        destination: Destination,
        /// The files written, or why writing failed.
        result: Result<Vec<PathBuf>, String>,
    },
    /// Setting up Thunderbird on this computer ended.
    ThunderbirdSetUp(ThunderbirdSetup),
    /// Something happened on the server sending the profile to a phone.
    Serve(ServeEvent),
    /// A custom domain's DNS records were checked (help desk).
    Health(HealthMsg),
    /// The signing identity was loaded, or refused ("Sign profiles").
    Identity(IdentityLoaded),
}

/// Sending the Apple profile to an iPhone or iPad over the local network.
#[derive(Debug, Default)]
pub struct Sending {
    /// This computer's addresses a phone may reach, best first; or why none are known.
    pub addresses: Option<Result<Vec<LanAddress>, String>>,
    /// The address chosen among them.
    pub chosen: usize,
    /// The server, and the QR code of its link. Dropping it stops the server.
    pub server: Option<(ServeHandle, QrMatrix)>,
    /// A browser that cannot install profiles asked (it was told to use Safari).
    pub wrong_browser: Option<crate::serve::Client>,
    /// Why the server could not start.
    pub error: Option<String>,
}

/// The Apps step's own state.
#[derive(Debug, Default)]
pub struct AppsStep {
    /// Writes still running.
    pub saving: usize,
    /// Every file written, in order.
    pub saved: Vec<PathBuf>,
    /// The last failure to save.
    pub error: Option<String>,
    /// Thunderbird on this computer.
    pub thunderbird: ThunderbirdSetup,
    /// Thunderbird's program folder as typed, when no dialog can be shown.
    pub thunderbird_dir: String,
    /// Whether the Android code on screen carries the password (never saved, never remembered).
    pub qr_with_password: bool,
    /// The Android code drawn last, for the settings and password choice it was made from.
    qr: Option<(AccountSettings, bool, Result<QrMatrix, String>)>,
    /// Sending the profile to a phone.
    pub sending: Sending,
    /// The custom domain's DNS records (help desk).
    pub health: DomainHealth,
    /// "Sign profiles" in the help-desk choice.
    pub signing: SignSection,
}

/// What the step reads from the rest of the app while it draws.
pub struct AppsView<'a> {
    /// The draft: the choices are edited here.
    pub draft: &'a mut Draft,
    /// Whether native file dialogs work, or why not.
    pub dialogs: &'a Result<(), String>,
    /// The folder typed when no dialog can be shown.
    pub typed_folder: &'a mut String,
}

impl AppsStep {
    /// The step with the "Sign profiles" choice remembered from an earlier run.
    pub fn remembering(signing: SigningChoice) -> Self {
        Self {
            signing: SignSection::remembering(signing),
            ..Self::default()
        }
    }

    /// The identity every Apple profile is signed with now: `Ok(None)` unsigned, the reason (in
    /// `lang`) when "Sign profiles" is ticked and its identity is not ready.
    pub fn profile_signing(
        &self,
        draft: &Draft,
        lang: crate::i18n::Lang,
    ) -> Result<Option<Arc<SigningIdentity>>, String> {
        self.signing
            .for_profiles(draft.delivery.is_chosen(Destination::HelpDesk), lang)
    }

    /// Takes in what a job reported, marking the choice it was for as done in `draft`. Returns
    /// the folder files were saved into, if any.
    pub fn handle(&mut self, msg: AppsMsg, draft: &mut Draft) -> Option<PathBuf> {
        match msg {
            AppsMsg::Saved {
                destination,
                result,
            } => {
                self.saving = self.saving.saturating_sub(1);
                match result {
                    Ok(paths) => {
                        let folder = paths
                            .first()
                            .and_then(|p| p.parent())
                            .map(Path::to_path_buf);
                        for path in paths {
                            if !self.saved.contains(&path) {
                                self.saved.push(path);
                            }
                        }
                        self.error = None;
                        draft.delivery.mark_done(destination);
                        return folder;
                    }
                    Err(e) => self.error = Some(e),
                }
            }
            AppsMsg::Health(msg) => self.health.handle(msg),
            AppsMsg::ThunderbirdSetUp(setup) => {
                // Every ending is the most this app can do: the file in place, or saved with the
                // command that puts it there; otherwise the reason and a way to name the folder.
                if matches!(
                    setup,
                    ThunderbirdSetup::Installed(_) | ThunderbirdSetup::NeedsAdmin(_)
                ) {
                    draft.delivery.mark_done(Destination::ThunderbirdHere);
                }
                if let ThunderbirdSetup::NeedsAdmin(command) = &setup
                    && !self.saved.contains(&command.source)
                {
                    self.saved.push(command.source.clone());
                }
                self.thunderbird = setup;
            }
            AppsMsg::Serve(event) => match event {
                ServeEvent::Served(_) => {
                    self.sending.wrong_browser = None;
                    draft.delivery.mark_done(Destination::AppleMail);
                }
                ServeEvent::WrongBrowser(client) => {
                    self.sending.wrong_browser = Some(client);
                }
                // The handle's status says the rest; the message only woke the window.
                ServeEvent::Expired | ServeEvent::Cancelled | ServeEvent::Failed(_) => {}
            },
            AppsMsg::Identity(loaded) => self.signing.handle(loaded),
        }
        None
    }

    /// Draws the step.
    pub fn ui(&mut self, ui: &mut Ui, view: &mut AppsView<'_>, commands: &mut Vec<Command>) {
        let lang = ui.lang();
        ui.step_heading(&tr!(lang, "apps-heading"));
        let Ok(settings) = view.draft.export_settings() else {
            ui.error_label(tr!(lang, "apps-address-invalid"));
            return;
        };
        ui.paragraph(tr!(lang, "apps-intro"));
        ui.hint_label(view.draft.export_basis().text(ui.lang()));
        ui.add_space(theme::GAP_M);
        let signing = self.profile_signing(view.draft, ui.lang());

        if let Err(reason) = view.dialogs {
            ui.warning_label(tr!(lang, "apps-no-dialogs", reason = sentence(reason)));
            let label = ui.field_label(&tr!(lang, "apps-folder-label"));
            ui.add(
                TextEdit::singleline(view.typed_folder)
                    .hint_text("/home/you/Documents")
                    .desired_width(theme::FIELD_WIDTH),
            )
            .labelled_by(label.id);
            ui.add_space(theme::GAP_M);
        }

        for destination in Destination::ALL {
            ui.card(|ui| {
                let mut chosen = view.draft.delivery.is_chosen(destination);
                ui.horizontal(|ui| {
                    if ui
                        .checkbox(&mut chosen, RichText::new(destination.title(lang)).strong())
                        .changed()
                    {
                        view.draft.delivery.set_chosen(destination, chosen);
                    }
                    if chosen
                        && view
                            .draft
                            .delivery
                            .pending_for(destination, settings.email().kind())
                            .is_none()
                    {
                        ui.mark(Mark::Success);
                    }
                });
                if chosen {
                    ui.add_space(theme::GAP_S);
                    self.destination_ui(ui, destination, view, &settings, &signing, commands);
                }
            });
            ui.add_space(theme::GAP_S);
        }

        if let Some(error) = &self.error {
            ui.error_label(sentence(error));
        }
        if self.saving > 0 {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(tr!(lang, "apps-saving"));
            });
        }
        saved_ui(ui, &self.saved, commands);
        ui.add_space(theme::GAP_M);
        ui.horizontal_wrapped(|ui| {
            let skip = ui.button(tr!(lang, "apps-skip"));
            if skip.clicked() {
                commands.push(Command::SkipDelivery);
            }
            ui.hint_label(tr!(lang, "apps-skip-hint"));
        });
    }

    fn destination_ui(
        &mut self,
        ui: &mut Ui,
        destination: Destination,
        view: &mut AppsView<'_>,
        settings: &AccountSettings,
        signing: &Result<Option<Arc<SigningIdentity>>, String>,
        commands: &mut Vec<Command>,
    ) {
        let ellipsis = if view.dialogs.is_ok() { "…" } else { "" };
        match destination {
            Destination::ThunderbirdHere => self.thunderbird_ui(ui, view, settings, commands),
            Destination::Android => self.android_ui(ui, view, settings, ellipsis, commands),
            Destination::AppleMail => {
                apple_ui(ui, view, settings, ellipsis, signing, commands);
                if view.draft.delivery.apple_device == Some(AppleDevice::OtherAppleAccount) {
                    self.send_ui(ui, signing.as_ref().err(), commands);
                }
            }
            Destination::Outlook => outlook_ui(ui, view, settings, ellipsis, commands),
            Destination::OtherApp => {
                let lang = ui.lang();
                instructions_ui(
                    ui,
                    &[
                        tr_pieces!(lang, "apps-other-add"),
                        tr_pieces!(lang, "apps-other-values"),
                    ],
                );
            }
            Destination::HelpDesk => {
                help_desk_ui(ui, view, settings, &mut self.signing, ellipsis, commands);
                if settings.email().kind() == DomainKind::Custom {
                    self.health.ui(ui, settings.email().domain(), commands);
                }
            }
        }
    }

    fn thunderbird_ui(
        &mut self,
        ui: &mut Ui,
        view: &mut AppsView<'_>,
        settings: &AccountSettings,
        commands: &mut Vec<Command>,
    ) {
        let lang = ui.lang();
        let email = settings.email().as_str();
        let add_account = tr_pieces!(lang, "thunderbird-add-account", email = email);
        if settings.email().kind() == DomainKind::ICloud {
            let (imap, smtp) = (settings.imap(), settings.smtp());
            ui.paragraph(tr!(lang, "thunderbird-knows-icloud"));
            instructions_ui(
                ui,
                &[
                    add_account,
                    tr_pieces!(
                        lang,
                        "thunderbird-fills-in",
                        imap = format!("{} {} {}", imap.host, imap.port, imap.security),
                        imap_user = imap.username.as_str(),
                        smtp = format!("{} {} {}", smtp.host, smtp.port, smtp.security),
                        smtp_user = smtp.username.as_str()
                    ),
                ],
            );
            // Mozilla's entry for iCloud has the documented values; when the test found others
            // (465 on a network that blocks 587), Thunderbird's guess needs correcting.
            let documented = crate::provider::Provider::icloud();
            if smtp.port != documented.smtp.port || imap.username_form != documented.imap.username {
                ui.warning_label(tr!(lang, "thunderbird-guess-warning"));
                self.set_up_button_ui(ui, settings, commands);
                self.set_up_result_ui(ui, view, commands);
            }
            return;
        }
        ui.paragraph(tr!(
            lang,
            "thunderbird-custom-domain",
            domain = settings.email().domain(),
            local = settings.email().local_part(),
            login = settings.login().to_string()
        ));
        if self.thunderbird == ThunderbirdSetup::NotTried
            || self.thunderbird == ThunderbirdSetup::Working
        {
            self.set_up_button_ui(ui, settings, commands);
        } else {
            self.set_up_result_ui(ui, view, commands);
            if matches!(
                self.thunderbird,
                ThunderbirdSetup::Installed(_) | ThunderbirdSetup::NeedsAdmin(_)
            ) {
                instructions_ui(ui, &[add_account]);
            }
        }
    }

    /// "Set up Thunderbird on this computer", with a spinner while it works.
    fn set_up_button_ui(
        &self,
        ui: &mut Ui,
        settings: &AccountSettings,
        commands: &mut Vec<Command>,
    ) {
        if !matches!(
            self.thunderbird,
            ThunderbirdSetup::NotTried | ThunderbirdSetup::Working
        ) {
            return;
        }
        let lang = ui.lang();
        let working = self.thunderbird == ThunderbirdSetup::Working;
        ui.horizontal(|ui| {
            if ui
                .add_enabled(!working, egui::Button::new(tr!(lang, "thunderbird-set-up")))
                .clicked()
            {
                commands.push(Command::SetUpThunderbird(None));
            }
            if working {
                ui.spinner();
            }
        });
        ui.hint_label(tr!(
            lang,
            "thunderbird-set-up-hint",
            file = Format::Thunderbird.file_name(settings)
        ));
    }

    /// What setting Thunderbird up came to.
    fn set_up_result_ui(&mut self, ui: &mut Ui, view: &AppsView<'_>, commands: &mut Vec<Command>) {
        let lang = ui.lang();
        match &self.thunderbird {
            ThunderbirdSetup::NotTried | ThunderbirdSetup::Working => {}
            ThunderbirdSetup::Installed(path) => {
                ui.success_label(tr!(
                    lang,
                    "thunderbird-installed",
                    path = path.display().to_string()
                ));
            }
            ThunderbirdSetup::NeedsAdmin(command) => {
                ui.warning_label(tr!(
                    lang,
                    "thunderbird-needs-admin",
                    file = command.source.display().to_string(),
                    shell = command.shell()
                ));
                let line = command.to_string();
                ui.horizontal_wrapped(|ui| {
                    if ui
                        .named_button(
                            &tr!(lang, "apps-copy"),
                            &tr!(lang, "thunderbird-copy-command"),
                        )
                        .clicked()
                    {
                        commands.push(Command::Copy(line.clone()));
                    }
                    ui.add(egui::Label::new(RichText::new(&line).monospace()).wrap());
                });
            }
            ThunderbirdSetup::NotFound(reason) | ThunderbirdSetup::Failed(reason) => {
                ui.error_label(sentence(reason));
                self.thunderbird_folder_ui(ui, view, commands);
                ui.hint_label(tr!(lang, "thunderbird-manual-hint"));
            }
        }
    }

    /// "Send to iPhone or iPad": the address to serve on, then the link's QR code for the
    /// phone's camera and what happened.
    fn send_ui(&mut self, ui: &mut Ui, blocked: Option<&String>, commands: &mut Vec<Command>) {
        let lang = ui.lang();
        ui.add_space(theme::GAP_M);
        ui.label(RichText::new(tr!(lang, "apps-send-heading")).strong());
        let sending = &mut self.sending;
        if let Some((server, qr)) = &sending.server {
            let status = server.status();
            if !status.is_final() {
                ui.paragraph(tr!(lang, "apps-send-scan"));
                qr_code_ui(ui, qr, &tr!(lang, "apps-send-qr-name"));
                ui.horizontal_wrapped(|ui| {
                    if ui
                        .named_button(&tr!(lang, "apps-copy"), &tr!(lang, "apps-send-copy-link"))
                        .clicked()
                    {
                        commands.push(Command::Copy(server.url().to_owned()));
                    }
                    ui.add(egui::Label::new(RichText::new(server.url()).monospace()).extend());
                });
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(tr!(lang, "apps-send-waiting"));
                    if ui.button(tr!(lang, "apps-send-stop")).clicked() {
                        commands.push(Command::StopSending);
                    }
                });
                if let Some(client) = &sending.wrong_browser {
                    ui.warning_label(tr!(
                        lang,
                        "apps-send-wrong-browser",
                        client = client.text(lang)
                    ));
                }
                return;
            }
            match status {
                ServeStatus::Served(client) => {
                    ui.success_label(tr!(
                        lang,
                        "apps-send-downloaded",
                        client = client.text(lang)
                    ));
                    instructions_ui(ui, &[tr_pieces!(lang, "apps-send-install")]);
                    return;
                }
                ServeStatus::Expired => {
                    ui.warning_label(tr!(lang, "apps-send-expired"));
                }
                ServeStatus::Cancelled => {
                    ui.hint_label(tr!(lang, "apps-send-stopped"));
                }
                ServeStatus::Failed(reason) => {
                    ui.error_label(sentence(&reason));
                }
                ServeStatus::Waiting => {}
            }
        }
        if let Some(error) = &sending.error {
            ui.error_label(sentence(error));
        }
        match &sending.addresses {
            None => {}
            Some(Err(reason)) => {
                ui.error_label(sentence(reason));
            }
            Some(Ok(addresses)) if addresses.is_empty() => {
                ui.hint_label(tr!(lang, "apps-send-no-address"));
            }
            Some(Ok(addresses)) => {
                if addresses.len() > 1 {
                    let label = ui.field_label(&tr!(lang, "apps-send-address-label"));
                    let chosen = sending.chosen.min(addresses.len() - 1);
                    egui::ComboBox::from_id_salt("lan-address")
                        .selected_text(addresses[chosen].to_string())
                        .show_ui(ui, |ui| {
                            for (i, address) in addresses.iter().enumerate() {
                                ui.selectable_value(&mut sending.chosen, i, address.to_string());
                            }
                        })
                        .response
                        .labelled_by(label.id);
                }
                send_button_ui(ui, sending.server.is_some(), blocked, commands);
                ui.hint_label(tr!(lang, "apps-send-same-network"));
            }
        }
    }

    /// Thunderbird for Android: the QR code its "Import settings" reads, with the app's own
    /// words for the steps, and the code saved as an image for printing.
    ///
    /// The quoted labels are the app's English strings (thunderbird-android): "Import settings"
    /// is `onboarding_migration_thunderbird_qr_code_import_button_text` and
    /// `settings_import_title`; "Scan QR code", "Import", "Incoming server password" and "Use
    /// same password for outgoing server" are `settings_import_scan_qr_code_button`,
    /// `settings_import_button`, `settings_import_incoming_server_password_hint` and
    /// `settings_import_use_same_password_for_outgoing_server` in
    /// `feature/settings/import/src/main/res/values/strings.xml`.
    fn android_ui(
        &mut self,
        ui: &mut Ui,
        view: &AppsView<'_>,
        settings: &AccountSettings,
        ellipsis: &str,
        commands: &mut Vec<Command>,
    ) {
        let lang = ui.lang();
        instructions_ui(
            ui,
            &[
                tr_pieces!(lang, "apps-android-import"),
                tr_pieces!(lang, "apps-android-scan"),
                tr_pieces!(lang, "apps-android-password"),
            ],
        );
        let password = self
            .qr_with_password
            .then(|| view.draft.app_password().ok().map(|p| p.secret().clone()))
            .flatten();
        let fresh = self
            .qr
            .as_ref()
            .is_some_and(|(s, with, _)| s == settings && *with == password.is_some());
        if !fresh {
            let code =
                android_qr::qr_code(settings, password.as_ref()).map_err(|e| e.text(ui.lang()));
            self.qr = Some((settings.clone(), password.is_some(), code));
        }
        if let Some((_, _, code)) = &self.qr {
            match code {
                Ok(qr) => {
                    ui.add_space(theme::GAP_S);
                    qr_code_ui(ui, qr, &tr!(lang, "apps-android-qr-name"));
                }
                Err(e) => {
                    ui.error_label(sentence(e));
                }
            }
        }
        ui.checkbox(
            &mut self.qr_with_password,
            tr!(lang, "apps-android-with-password"),
        );
        if self.qr_with_password {
            ui.warning_label(android_qr::password_warning(ui.lang()));
        } else {
            ui.hint_label(tr!(lang, "apps-android-k9"));
        }
        if ui
            .button(format!("{}{ellipsis}", tr!(lang, "apps-android-save")))
            .on_hover_text(tr!(lang, "apps-android-save-hover"))
            .clicked()
        {
            commands.push(Command::SaveFor(Destination::Android));
        }
        file_detail_ui(
            ui,
            Format::AndroidQr,
            &Format::AndroidQr.file_name(settings),
        );
    }

    /// Naming Thunderbird's program folder: a dialog, or a typed path without one.
    fn thunderbird_folder_ui(
        &mut self,
        ui: &mut Ui,
        view: &AppsView<'_>,
        commands: &mut Vec<Command>,
    ) {
        let lang = ui.lang();
        if view.dialogs.is_ok() {
            if ui.button(tr!(lang, "thunderbird-choose-folder")).clicked() {
                commands.push(Command::ChooseThunderbirdFolder);
            }
            return;
        }
        let label = ui.field_label(&tr!(lang, "thunderbird-folder-label"));
        ui.horizontal(|ui| {
            ui.add(
                TextEdit::singleline(&mut self.thunderbird_dir)
                    .hint_text("/usr/lib/thunderbird")
                    .desired_width(theme::FIELD_WIDTH),
            )
            .labelled_by(label.id);
            let typed = self.thunderbird_dir.trim();
            if ui
                .add_enabled(
                    !typed.is_empty(),
                    egui::Button::new(tr!(lang, "thunderbird-use-folder")),
                )
                .clicked()
            {
                commands.push(Command::SetUpThunderbird(Some(PathBuf::from(typed))));
            }
        });
    }
}

/// "Send to iPhone or iPad" (or "Send again"), disabled with the reason while the profile
/// cannot be made.
fn send_button_ui(ui: &mut Ui, again: bool, blocked: Option<&String>, commands: &mut Vec<Command>) {
    let lang = ui.lang();
    let text = if again {
        tr!(lang, "apps-send-again")
    } else {
        tr!(lang, "apps-send-button")
    };
    if ui
        .add_enabled(blocked.is_none(), egui::Button::new(text))
        .clicked()
    {
        commands.push(Command::SendToPhone);
    }
    if let Some(reason) = blocked {
        ui.warning_label(reason.as_str());
    }
}

/// Said wherever a password goes into a profile that is signed.
fn signing_does_not_encrypt(lang: Lang) -> String {
    tr!(lang, "apps-signing-does-not-encrypt")
}

fn apple_ui(
    ui: &mut Ui,
    view: &mut AppsView<'_>,
    settings: &AccountSettings,
    ellipsis: &str,
    signing: &Result<Option<Arc<SigningIdentity>>, String>,
    commands: &mut Vec<Command>,
) {
    let lang = ui.lang();
    ui.label(tr!(lang, "apps-apple-question"));
    let before = view.draft.delivery.apple_device;
    let mut answer = before;
    ui.horizontal_wrapped(|ui| {
        ui.radio_value(
            &mut answer,
            Some(AppleDevice::SameAppleAccount),
            tr!(lang, "apps-apple-same"),
        );
        ui.radio_value(
            &mut answer,
            Some(AppleDevice::OtherAppleAccount),
            tr!(lang, "apps-apple-other"),
        );
    });
    if answer != before {
        view.draft.delivery.apple_device = answer;
    }
    match answer {
        None => {}
        Some(AppleDevice::SameAppleAccount) => {
            ui.paragraph(tr!(lang, "apps-apple-switch"));
            instructions_ui(
                ui,
                &[
                    tr_pieces!(lang, "apps-apple-switch-iphone"),
                    tr_pieces!(lang, "apps-apple-switch-mac"),
                ],
            );
        }
        Some(AppleDevice::OtherAppleAccount) => {
            instructions_ui(
                ui,
                &[
                    tr_pieces!(lang, "apps-apple-get-it-there"),
                    tr_pieces!(lang, "apps-apple-install-iphone"),
                    tr_pieces!(lang, "apps-apple-install-mac"),
                    what_the_device_shows(signing, lang),
                ],
            );
            ui.checkbox(
                &mut view.draft.include_password,
                tr!(lang, "apps-apple-with-password"),
            );
            ui.hint_label(tr!(lang, "apps-apple-password-hint"));
            if view.draft.include_password && matches!(signing, Ok(Some(_))) {
                ui.warning_label(signing_does_not_encrypt(lang));
            }
            let name = Format::Mobileconfig.file_name(settings);
            if ui
                .add_enabled(
                    signing.is_ok(),
                    egui::Button::new(format!("{}{ellipsis}", tr!(lang, "apps-apple-save"))),
                )
                .on_hover_text(&name)
                .clicked()
            {
                commands.push(Command::SaveFor(Destination::AppleMail));
            }
            if let Err(reason) = signing {
                ui.warning_label(reason.as_str());
            }
            file_detail_ui(ui, Format::Mobileconfig, &name);
        }
    }
}

/// The last step of installing the profile: what the device says about its signature.
fn what_the_device_shows(
    signing: &Result<Option<Arc<SigningIdentity>>, String>,
    lang: Lang,
) -> Vec<Piece> {
    match signing {
        Ok(Some(identity)) => tr_pieces!(
            lang,
            "apps-apple-shows-signed",
            trust = identity.trust().label_text(lang),
            subject = identity.subject().clone()
        ),
        _ => tr_pieces!(lang, "apps-apple-shows-unsigned"),
    }
}

fn outlook_ui(
    ui: &mut Ui,
    view: &mut AppsView<'_>,
    settings: &AccountSettings,
    ellipsis: &str,
    commands: &mut Vec<Command>,
) {
    let lang = ui.lang();
    ui.label(tr!(lang, "apps-outlook-which"));
    let before = view.draft.delivery.outlook;
    let mut edition = before;
    ui.horizontal_wrapped(|ui| {
        for choice in OutlookEdition::ALL {
            ui.radio_value(&mut edition, Some(choice), choice.title(ui.lang()));
        }
    });
    if edition != before {
        view.draft.delivery.outlook = edition;
    }
    let Some(edition) = edition else {
        return;
    };
    let steps = outlook_steps(edition, settings, ui.lang());
    if let Some(intro) = &steps.intro {
        ui.paragraph(intro.as_str());
    }
    instructions_ui(ui, &steps.items);
    let name = Format::Outlook.file_name(settings);
    if ui
        .button(format!("{}{ellipsis}", tr!(lang, "apps-outlook-save")))
        .on_hover_text(&name)
        .clicked()
    {
        commands.push(Command::SaveFor(Destination::Outlook));
    }
    file_detail_ui(ui, Format::Outlook, &name);
}

fn help_desk_ui(
    ui: &mut Ui,
    view: &AppsView<'_>,
    settings: &AccountSettings,
    signing: &mut SignSection,
    ellipsis: &str,
    commands: &mut Vec<Command>,
) {
    let lang = ui.lang();
    let formats = Format::everything_for(settings);
    ui.paragraph(tr!(lang, "apps-helpdesk-intro"));
    for format in &formats {
        file_detail_ui(ui, *format, &format.file_name(settings));
    }
    if settings.email().kind() == DomainKind::Custom {
        ui.hint_label(tr!(
            lang,
            "apps-helpdesk-site-hint",
            domain = settings.email().domain(),
            login = settings.login().to_string()
        ));
    }
    signing.ui(ui, view.dialogs.is_ok(), commands);
    ui.add_space(theme::GAP_M);
    let ready = signing.for_profiles(true, ui.lang());
    if view.draft.include_password {
        ui.warning_label(tr!(lang, "apps-helpdesk-password"));
        if signing.choice.sign {
            ui.warning_label(signing_does_not_encrypt(lang));
        }
    }
    if ui
        .add_enabled(
            ready.is_ok(),
            egui::Button::new(format!("{}{ellipsis}", tr!(lang, "apps-helpdesk-save"))),
        )
        .clicked()
    {
        commands.push(Command::SaveFor(Destination::HelpDesk));
    }
    if let Err(reason) = ready {
        ui.warning_label(reason);
    }
}

/// A format's name, file and where it goes: the technical detail, for those who want it.
fn file_detail_ui(ui: &mut Ui, format: Format, name: &str) {
    let lang = ui.lang();
    let kind = if format.is_folder() { "folder" } else { "file" };
    ui.hint_label(tr!(
        lang,
        "apps-file-detail",
        kind = kind,
        name = name,
        title = format.title(lang),
        description = format.description(lang)
    ));
}

/// Numbered steps; values in monospace on the code background, wrapped as one paragraph each.
fn instructions_ui(ui: &mut Ui, items: &[Vec<Piece>]) {
    let body = TextStyle::Body.resolve(ui.style());
    // The monospace face looks larger than the body face at the same size; a little smaller and
    // a roomier line keep the code backgrounds of wrapped lines apart.
    let mono = FontId::monospace(body.size * 0.9);
    let line_height = Some(body.size * 1.5);
    let color = ui.visuals().text_color();
    let code_bg = ui.visuals().code_bg_color;
    let width = ui.available_width().min(theme::TEXT_WIDTH);
    for (i, item) in items.iter().enumerate() {
        let mut job = LayoutJob::default();
        job.wrap.max_width = width;
        let plain = TextFormat {
            line_height,
            ..TextFormat::simple(body.clone(), color)
        };
        job.append(&format!("{}. ", i + 1), 0.0, plain.clone());
        for piece in item {
            match piece {
                Piece::Text(s) => job.append(s, 0.0, plain.clone()),
                Piece::Value(s) => job.append(
                    s,
                    0.0,
                    TextFormat {
                        background: code_bg,
                        line_height,
                        valign: egui::Align::Center,
                        ..TextFormat::simple(mono.clone(), color)
                    },
                ),
            }
        }
        ui.add(egui::Label::new(job).wrap());
    }
}

/// Each saved file with an "Open folder" action.
pub fn saved_ui(ui: &mut Ui, saved: &[PathBuf], commands: &mut Vec<Command>) {
    if saved.is_empty() {
        return;
    }
    let lang = ui.lang();
    ui.add_space(theme::GAP_M);
    ui.label(RichText::new(tr!(lang, "apps-saved")).strong());
    for path in saved {
        ui.horizontal(|ui| {
            let name = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            if ui
                .named_button(
                    &tr!(lang, "apps-open-folder"),
                    &tr!(lang, "apps-open-folder-name", name = name.as_str()),
                )
                .clicked()
            {
                let folder = path.parent().unwrap_or_else(|| Path::new("."));
                commands.push(Command::OpenFolder(folder.to_path_buf()));
            }
            ui.mark(Mark::Success);
            let color = Mark::Success.color(ui.visuals());
            ui.add(egui::Label::new(RichText::new(path.display().to_string()).color(color)).wrap());
        });
    }
}
