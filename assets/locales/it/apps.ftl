# Where will you read your mail? The mail app step, Thunderbird, saving files, and Done.
#
# Labels of other apps between backticks: Thunderbird's from thunderbird-l10n (it), Thunderbird
# for Android's from thunderbird-android (values-it). Labels not confirmed carry the English
# label in parentheses.

## The mail app step

apps-heading = Dove leggerai la tua posta?
apps-address-invalid = L’indirizzo non è più valido: torna indietro per correggerlo
apps-intro = Spunta ogni app o dispositivo che usi. Per ognuno vedi cosa fare, in ordine, e il pulsante che lo fa.
apps-no-dialogs = { $reason }. I file vengono invece salvati in questa cartella
apps-folder-label = Cartella
apps-saving = Salvataggio…
apps-skip = Salta questo passaggio
apps-skip-hint = Le impostazioni sono comunque nella pagina successiva
apps-copy = Copia
apps-saved = Salvato
apps-open-folder = Apri cartella
apps-open-folder-name = Apri la cartella di { $name }
apps-file-detail = { $kind ->
    [folder] Cartella
   *[file] File
} { $name }: { $title }. { $description }

## Another mail app

apps-other-add = Nella tua app, aggiungi un account di tipo `IMAP` (iCloud non offre POP).
apps-other-values = Inserisci i valori della pagina successiva: ognuno ha un pulsante per copiarlo. La password è la tua password specifica per l’app, per entrambi i server.

## Thunderbird for Android

apps-android-import = In Thunderbird per Android, tocca `Importa impostazioni` nella schermata di benvenuto (se ci sono già account: `Impostazioni > Importa impostazioni`).
apps-android-scan = Tocca `Scansiona codice QR` (Scan QR code) e inquadra questo codice con la fotocamera, poi tocca `Importa`.
apps-android-password = Inserisci la tua password specifica per l’app come `Password server in arrivo` e lascia attivo `Usa stessa password per server in uscita`.
apps-android-qr-name = Codice QR per Thunderbird per Android
apps-android-with-password = Inserisci la password nel codice sullo schermo
apps-android-k9 = K-9 Mail non importa codici QR: lì usa i valori della pagina successiva
apps-android-save = Salva il codice da stampare
apps-android-save-hover = PNG e SVG, mai con la password

## iPhone, iPad and Mac

apps-apple-question = Il dispositivo ha effettuato l’accesso con l’Account Apple a cui appartiene questa casella di posta?
apps-apple-same = Sì, lo stesso Account Apple
apps-apple-other = No: un altro Account Apple, o nessun accesso
apps-apple-switch = Allora iCloud Mail è solo un interruttore, e un profilo aggiungerebbe la stessa casella una seconda volta:
apps-apple-switch-iphone = iPhone o iPad: `Impostazioni > [il tuo nome] > iCloud > iCloud Mail`, e attiva `Usa su questo iPhone` (Use on this iPhone) (o iPad).
apps-apple-switch-mac = Mac: `Impostazioni di Sistema > [il tuo nome] > iCloud > iCloud Mail`, e attivalo.
apps-apple-get-it-there = Salva il profilo qui sotto e portalo sul dispositivo: con AirDrop, per email a un indirizzo che il dispositivo legge, o aprendolo da una pagina web in Safari.
apps-apple-install-iphone = iPhone o iPad: apri `Impostazioni`, tocca `Profilo scaricato` (Profile Downloaded) e installalo entro 8 minuti.
apps-apple-install-mac = Mac: apri il file, poi installalo in `Impostazioni di Sistema > Privacy e sicurezza > Profili` (macOS più recente: `Generali > Gestione dispositivi` (General > Device Management)).
apps-apple-shows-signed = Il dispositivo mostra `{ $trust }`: il profilo è firmato come { $subject } («Firma i profili», in «Help desk»). Poi Mail chiede la tua password specifica per l’app.
apps-apple-shows-unsigned = Il dispositivo mostra `Non firmato` (Not Signed): questo profilo non è firmato, ed è normale. Poi Mail chiede la tua password specifica per l’app.
apps-apple-with-password = Inserisci la password nel profilo Apple
apps-apple-password-hint = Chiunque ottenga il profilo può leggere la password: lascialo disattivato, a meno che tu non lo installi subito di persona
apps-signing-does-not-encrypt = Firmare non cifra: la password in un profilo firmato è leggibile come in uno non firmato (secondo Apple le password vanno solo nei profili cifrati)
apps-apple-save = Salva il profilo Apple

## Send to iPhone or iPad

apps-send-heading = Oppure invialo a un iPhone o iPad su questa rete
apps-send-scan = Sul telefono, apri la Fotocamera, inquadra questo codice e tocca il link: Safari scarica il profilo. Il link funziona una volta, per 10 minuti.
apps-send-qr-name = Codice QR del link per la fotocamera dell’iPhone
apps-send-copy-link = Copia il link
apps-send-waiting = In attesa del telefono…
apps-send-stop = Interrompi
apps-send-wrong-browser = { $client } non può installare profili: apri il link in Safari
apps-send-downloaded = Scaricato da { $client }
apps-send-install = Sul telefono, apri `Impostazioni`, tocca `Profilo scaricato` (Profile Downloaded) e installalo entro 8 minuti.
apps-send-expired = Nessuno ha scaricato il profilo entro 10 minuti
apps-send-stopped = Interrotto
apps-send-no-address = Questo computer non ha un indirizzo raggiungibile da un telefono: collegalo alla rete del telefono
apps-send-address-label = L’indirizzo con cui il telefono raggiunge questo computer
apps-send-same-network = Il telefono deve essere sulla stessa rete di questo computer
apps-send-button = Invia a iPhone o iPad
apps-send-again = Invia di nuovo

## Outlook and the help desk

apps-outlook-which = Quale Outlook?
apps-outlook-save = Salva il foglio da stampare
apps-helpdesk-intro = Tutti i file per questo account, in una cartella:
apps-helpdesk-site-hint = Il sito autoconfig serve ogni indirizzo di { $domain } e indica un solo nome utente ({ $login }): chi nel dominio ha un altro indirizzo iCloud principale ha bisogno di un proprio file per Thunderbird
apps-helpdesk-password = Il profilo Apple conterrà la password (spuntato sopra)
apps-helpdesk-save = Salva tutti i file

## Thunderbird on this computer

thunderbird-add-account = In Thunderbird apri `≡ > Impostazioni account > Azioni account > Aggiungi account di posta`, inserisci il tuo nome, `{ $email }` e la tua password specifica per l’app, e scegli `Continua`.
thunderbird-knows-icloud = Thunderbird conosce iCloud: non serve nessun file.
thunderbird-fills-in = Compila da solo il server in arrivo `{ $imap }` con `{ $imap_user }` e quello in uscita `{ $smtp }` con `{ $smtp_user }`. Se mostra altri valori, scegli `Configura manualmente` e inserisci questi.
thunderbird-guess-warning = Thunderbird ipotizzerà i valori documentati di iCloud, ma questa rete ha bisogno di quelli sopra: correggili in «Configura manualmente», oppure preparali per Thunderbird
thunderbird-custom-domain = Thunderbird troverebbe iCloud tramite i record di posta di { $domain } e poi accederebbe come { $local }, cosa che iCloud rifiuta: tu accedi come { $login }. Un file nella cartella del programma di Thunderbird ha la precedenza e contiene il nome utente giusto.
thunderbird-set-up = Configura Thunderbird su questo computer
thunderbird-set-up-hint = Mette { $file } nella cartella isp della cartella del programma di Thunderbird
thunderbird-installed = Il file di impostazioni di Thunderbird è al suo posto: { $path }
thunderbird-needs-admin = La cartella del programma di Thunderbird richiede i diritti di amministratore. Il file è salvato come { $file }; per metterlo al suo posto, esegui questo in { $shell ->
    [powershell] PowerShell aperto con «Esegui come amministratore»
   *[terminal] un terminale
}:
thunderbird-copy-command = Copia il comando da amministratore
thunderbird-manual-hint = Oppure, in Thunderbird, scegli «Configura manualmente» e inserisci i valori della pagina successiva
thunderbird-choose-folder = Scegli la cartella del programma di Thunderbird…
thunderbird-folder-label = Cartella del programma di Thunderbird
thunderbird-use-folder = Usa questa cartella
thunderbird-error-not-found = nessuna installazione di Thunderbird trovata (cercato in { $folders }); se Thunderbird è installato altrove, indica la cartella del suo programma (quella con application.ini)
thunderbird-error-not-thunderbird = { $folder } non contiene un programma Thunderbird (né un application.ini che nomini Thunderbird, né omni.ja accanto a un programma thunderbird)
thunderbird-error-read-only = Thunderbird in { $folder } è un’installazione { $kind }, la cui cartella del programma è un’immagine di sola lettura che non può ricevere un file di impostazioni; inserisci le impostazioni a mano in Thunderbird («Configura manualmente») o pubblica un sito autoconfig per il dominio
thunderbird-error-needs-admin = scrivere { $file } richiede i diritti di amministratore
thunderbird-error-export = impossibile creare il file di Thunderbird
thunderbird-error-copy-failed = scrivere { $file } richiede i diritti di amministratore, e salvarne una copia non è riuscito: { $reason }

## Saving files

apps-save-error-write = impossibile scrivere { $path }: { $reason }
apps-save-error-export = impossibile creare il file { $format }

## The choices, and what Next waits for

delivery-thunderbird-here = Thunderbird su questo computer
delivery-android = Thunderbird per Android o K-9 Mail
delivery-apple-mail = Mail su iPhone, iPad o Mac
delivery-other-app = Un’altra app di posta
delivery-help-desk = Help desk: tutti i file
delivery-pending-nothing-chosen = Scegli dove leggerai la posta, oppure salta questo passaggio
delivery-pending-thunderbird = Configura Thunderbird, oppure salta questo passaggio
delivery-pending-apple-question = Indica se il dispositivo usa questo Account Apple, oppure salta questo passaggio
delivery-pending-profile = Salva il profilo Apple, oppure salta questo passaggio
delivery-pending-outlook = Scegli il tuo Outlook, oppure salta questo passaggio
delivery-pending-files = Salva i file, oppure salta questo passaggio

## What each file is

format-thunderbird-title = File di impostazioni di Thunderbird
format-thunderbird-description = Va nella cartella isp dentro la cartella del programma di Thunderbird, con il nome del dominio
format-mobileconfig-title = Profilo di configurazione Apple
format-mobileconfig-description = Scaricato su iPhone o iPad, attende in Impostazioni > Profilo scaricato; su un Mac, aprilo e installalo in Impostazioni di Sistema > Profili
format-outlook-title = Foglio di impostazioni per Outlook
format-outlook-description = Una pagina da stampare con i passaggi per ogni edizione di Outlook
format-autoconfig-site-title = Sito autoconfig per il tuo dominio
format-autoconfig-site-description = Pubblicato sui server web del tuo dominio, permette a Thunderbird e Outlook di trovare le impostazioni per ogni indirizzo del dominio
format-autodiscover-title = XML Autodiscover per Outlook
format-autodiscover-description = Per i server che rispondono alle richieste Autodiscover di Outlook
format-android-qr-title = Codice QR per Thunderbird per Android
format-android-qr-description = Scansionato in Thunderbird per Android (Importa impostazioni), aggiunge l’account; l’app chiede la password

## Done

done-heading = Le tue impostazioni di iCloud Mail
done-address-invalid = L’indirizzo non è più valido: torna indietro per correggerlo
done-intro = Per configurare un’app di posta a mano, o per dettare le impostazioni a qualcuno, usa questi valori. Ogni valore ha un pulsante per copiarlo.
done-basis-tested = Queste impostazioni hanno funzionato nel test di connessione
done-basis-partly-tested = Queste impostazioni usano ciò che ha funzionato nel test di connessione e i valori documentati di iCloud per il resto
done-basis-documented = Queste sono le impostazioni documentate di iCloud
done-copied = { $value } copiato negli appunti
done-also = Inoltre
done-also-password = Password: la tua password specifica per l’app (quella dei passaggi precedenti), per entrambi i server
done-also-authentication = Autenticazione: password normale; entrambi i server ne hanno bisogno, e «Autenticazione password di protezione (SPA)» resta disattivata
done-also-sent-folder = Cartella della posta inviata: «{ $folder }»
done-server = Server
done-port = Porta
done-security = Sicurezza
done-username = Nome utente
done-copy-server = Copia il server { $protocol }
done-copy-port = Copia la porta { $protocol }
done-copy-security = Copia la sicurezza { $protocol }
done-copy-username = Copia il nome utente { $protocol }

# The settings table's two rows.
done-row-incoming = In entrata (IMAP)
done-row-outgoing = In uscita (SMTP)
