//! The Export step's model: where the person reads mail, and whether each place has what it
//! needs. Pure data, no GUI: [`Delivery::blocker`] decides whether Next is open.

use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::address::DomainKind;
pub use crate::export::outlook::OutlookEdition;
use crate::i18n::Lang;

/// Where a person reads mail: the choices of "Where will you read your mail?".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Destination {
    /// Thunderbird on this computer.
    ThunderbirdHere,
    /// Thunderbird for Android or K-9 Mail.
    Android,
    /// Mail on an iPhone, iPad or Mac.
    AppleMail,
    /// Outlook (new for Windows, classic for Windows, or for Mac).
    Outlook,
    /// Any other IMAP mail app.
    OtherApp,
    /// A help desk preparing files for others: every file.
    HelpDesk,
}

impl Destination {
    /// Every choice, in the order offered.
    pub const ALL: [Self; 6] = [
        Self::ThunderbirdHere,
        Self::Android,
        Self::AppleMail,
        Self::Outlook,
        Self::OtherApp,
        Self::HelpDesk,
    ];

    /// The choice as the person reads it, in `lang`.
    pub fn title(self, lang: Lang) -> String {
        match self {
            Self::ThunderbirdHere => tr!(lang, "delivery-thunderbird-here"),
            Self::Android => tr!(lang, "delivery-android"),
            Self::AppleMail => tr!(lang, "delivery-apple-mail"),
            // A product name, the same in every language.
            Self::Outlook => "Outlook".to_owned(),
            Self::OtherApp => tr!(lang, "delivery-other-app"),
            Self::HelpDesk => tr!(lang, "delivery-help-desk"),
        }
    }
}

impl fmt::Display for Destination {
    /// The title in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.title(Lang::En))
    }
}

/// Whether the iPhone, iPad or Mac is signed in to the same Apple Account as this mailbox.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AppleDevice {
    /// The same Apple Account: iCloud Mail is a switch in Settings, no profile.
    SameAppleAccount,
    /// Another Apple Account, or a Mac not signed in to iCloud: the profile.
    OtherAppleAccount,
}

/// Where the person reads mail and what has been done for each place.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Delivery {
    chosen: BTreeSet<Destination>,
    done: BTreeSet<Destination>,
    skipped: bool,
    /// The Outlook edition, once chosen.
    pub outlook: Option<OutlookEdition>,
    /// The answer to "does this device use the same Apple Account?", once given.
    pub apple_device: Option<AppleDevice>,
}

/// What still stands between the Export step and the last one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pending {
    /// Nothing chosen (and not skipped).
    NothingChosen,
    /// Thunderbird on this computer, custom domain: the file is not in place yet.
    ThunderbirdNotSetUp,
    /// Apple Mail: the same-account question is unanswered.
    AppleQuestion,
    /// Apple Mail on another Apple Account: the profile is not saved or sent yet.
    ProfileNotSaved,
    /// Outlook: no edition chosen.
    OutlookEdition,
    /// Help desk: the files are not saved yet.
    FilesNotSaved,
}

impl Pending {
    /// What to do, in `lang`.
    pub fn text(self, lang: Lang) -> String {
        match self {
            Self::NothingChosen => tr!(lang, "delivery-pending-nothing-chosen"),
            Self::ThunderbirdNotSetUp => tr!(lang, "delivery-pending-thunderbird"),
            Self::AppleQuestion => tr!(lang, "delivery-pending-apple-question"),
            Self::ProfileNotSaved => tr!(lang, "delivery-pending-profile"),
            Self::OutlookEdition => tr!(lang, "delivery-pending-outlook"),
            Self::FilesNotSaved => tr!(lang, "delivery-pending-files"),
        }
    }
}

impl fmt::Display for Pending {
    /// The text in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl Delivery {
    /// The chosen places, in [`Destination::ALL`] order.
    pub fn chosen(&self) -> impl Iterator<Item = Destination> + '_ {
        self.chosen.iter().copied()
    }

    /// Whether `destination` is chosen.
    pub fn is_chosen(&self, destination: Destination) -> bool {
        self.chosen.contains(&destination)
    }

    /// Ticks or unticks `destination`. Choosing anything undoes a skip.
    pub fn set_chosen(&mut self, destination: Destination, chosen: bool) {
        if chosen {
            self.chosen.insert(destination);
            self.skipped = false;
        } else {
            self.chosen.remove(&destination);
        }
    }

    /// Records that the action for `destination` was done (a file saved or installed).
    pub fn mark_done(&mut self, destination: Destination) {
        self.done.insert(destination);
    }

    /// Whether the action for `destination` was done.
    pub fn is_done(&self, destination: Destination) -> bool {
        self.done.contains(&destination)
    }

    /// Forgets what was done (the settings changed, so saved files are stale).
    pub fn reset_done(&mut self) {
        self.done.clear();
    }

    /// The person chose to go on without doing anything here.
    pub fn skip(&mut self) {
        self.skipped = true;
    }

    /// Whether the person skipped this step.
    pub fn is_skipped(&self) -> bool {
        self.skipped
    }

    /// What `destination` still needs for an account on a `domain` of this kind, if anything.
    pub fn pending_for(&self, destination: Destination, domain: DomainKind) -> Option<Pending> {
        let done = self.is_done(destination);
        match destination {
            // Thunderbird knows iCloud's own domains: nothing to put in place.
            Destination::ThunderbirdHere => {
                (domain == DomainKind::Custom && !done).then_some(Pending::ThunderbirdNotSetUp)
            }
            Destination::AppleMail => match self.apple_device {
                None => Some(Pending::AppleQuestion),
                Some(AppleDevice::SameAppleAccount) => None,
                Some(AppleDevice::OtherAppleAccount) => (!done).then_some(Pending::ProfileNotSaved),
            },
            Destination::Outlook => self.outlook.is_none().then_some(Pending::OutlookEdition),
            Destination::HelpDesk => (!done).then_some(Pending::FilesNotSaved),
            // The values on the last step are the action.
            Destination::Android | Destination::OtherApp => None,
        }
    }

    /// What still stands before the last step, for an account on a `domain` of this kind.
    pub fn blocker(&self, domain: DomainKind) -> Option<Pending> {
        if self.skipped {
            return None;
        }
        if self.chosen.is_empty() {
            return Some(Pending::NothingChosen);
        }
        self.chosen().find_map(|d| self.pending_for(d, domain))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_chosen_blocks_until_skipped() {
        let mut d = Delivery::default();
        assert_eq!(d.blocker(DomainKind::ICloud), Some(Pending::NothingChosen));
        d.skip();
        assert_eq!(d.blocker(DomainKind::ICloud), None);
        d.set_chosen(Destination::HelpDesk, true);
        assert!(!d.is_skipped(), "choosing again undoes the skip");
        assert_eq!(d.blocker(DomainKind::ICloud), Some(Pending::FilesNotSaved));
    }

    #[test]
    fn thunderbird_needs_a_file_only_for_a_custom_domain() {
        let mut d = Delivery::default();
        d.set_chosen(Destination::ThunderbirdHere, true);
        assert_eq!(d.blocker(DomainKind::ICloud), None);
        assert_eq!(
            d.blocker(DomainKind::Custom),
            Some(Pending::ThunderbirdNotSetUp)
        );
        d.mark_done(Destination::ThunderbirdHere);
        assert_eq!(d.blocker(DomainKind::Custom), None);
        d.reset_done();
        assert_eq!(
            d.blocker(DomainKind::Custom),
            Some(Pending::ThunderbirdNotSetUp)
        );
    }

    #[test]
    fn apple_mail_asks_first_and_needs_the_profile_for_another_account() {
        let mut d = Delivery::default();
        d.set_chosen(Destination::AppleMail, true);
        assert_eq!(d.blocker(DomainKind::ICloud), Some(Pending::AppleQuestion));
        d.apple_device = Some(AppleDevice::SameAppleAccount);
        assert_eq!(d.blocker(DomainKind::ICloud), None);
        d.apple_device = Some(AppleDevice::OtherAppleAccount);
        assert_eq!(
            d.blocker(DomainKind::ICloud),
            Some(Pending::ProfileNotSaved)
        );
        d.mark_done(Destination::AppleMail);
        assert_eq!(d.blocker(DomainKind::ICloud), None);
    }

    #[test]
    fn titles_and_pending_texts_are_translated_and_display_is_english() {
        assert_eq!(
            Destination::HelpDesk.to_string(),
            "Help desk: all the files"
        );
        assert_eq!(
            Destination::HelpDesk.title(Lang::De),
            "Helpdesk: alle Dateien"
        );
        assert_eq!(Destination::Outlook.title(Lang::Fr), "Outlook");
        assert_eq!(
            Pending::FilesNotSaved.to_string(),
            "Save the files, or skip this step"
        );
        assert_eq!(
            Pending::FilesNotSaved.text(Lang::Es),
            "Guarda los archivos, u omite este paso"
        );
    }

    #[test]
    fn every_choice_must_be_settled() {
        let mut d = Delivery::default();
        d.set_chosen(Destination::OtherApp, true);
        d.set_chosen(Destination::Android, true);
        assert_eq!(d.blocker(DomainKind::ICloud), None);
        d.set_chosen(Destination::Outlook, true);
        assert_eq!(d.blocker(DomainKind::ICloud), Some(Pending::OutlookEdition));
        d.outlook = Some(OutlookEdition::Mac);
        assert_eq!(d.blocker(DomainKind::ICloud), None);
        d.set_chosen(Destination::Outlook, false);
        d.set_chosen(Destination::Android, false);
        d.set_chosen(Destination::OtherApp, false);
        assert_eq!(d.blocker(DomainKind::ICloud), Some(Pending::NothingChosen));
    }
}
