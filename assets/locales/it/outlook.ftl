# The Outlook steps and the Outlook sheet.

## Le edizioni di Outlook (pulsanti di opzione dell'assistente, titoli del foglio).

outlook-edition-new = Nuovo Outlook per Windows
outlook-edition-classic = Outlook classico per Windows
outlook-edition-mac = Outlook per Mac

## I passaggi. Tra parentesi: l'etichetta inglese, dove quella italiana non è confermata.

outlook-new-open = Apri `Impostazioni > Account > Account di posta elettronica` (Settings > Accounts > Email accounts) e scegli `Aggiungi account` (Add account).
outlook-new-type = Digita `{ $email }` e scegli `Continua` (Continue).
outlook-new-icloud = Quando Outlook propone `iCloud`, mantienilo e incolla la tua password specifica per l’app (non la password del tuo Account Apple). Scegli `Continua` (Continue).
outlook-new-server-settings = Se invece Outlook chiede le impostazioni del server, compilale con i dati della tabella: IMAP, con i nomi utente e le porte indicati lì.
outlook-new-intro-custom-domain = Il tipo di account iCloud di Outlook accede con l’indirizzo che digiti, ma il tuo indirizzo accede con un altro, quindi configura l’account come IMAP:
outlook-new-intro-other-settings = Il tipo di account iCloud di Outlook usa le impostazioni documentate di iCloud e le tue sono diverse (vedi la tabella), quindi configura l’account come IMAP:
outlook-new-imap = Digita `{ $email }`, poi scegli `Configurazione avanzata` (Advanced setup) o `Scegli provider` (Choose provider) e quindi `IMAP`.
outlook-new-incoming = In arrivo: nome utente `{ $username }`, la tua password specifica per l’app, server `{ $host }`, porta `{ $port }`, `{ $encryption }`.
outlook-new-outgoing = In uscita: nome utente `{ $username }`, la stessa password, server `{ $host }`, porta `{ $port }`, `{ $encryption }`.
outlook-new-continue = Scegli `Continua` (Continue).

outlook-classic-open = Apri `File > Aggiungi account` (File > Add Account).
outlook-classic-type = Digita `{ $email }`, apri `Opzioni avanzate`, seleziona `Configura manualmente l'account` (Let me set up my account manually) e scegli `Connetti` (Connect).
outlook-classic-imap = Scegli `IMAP`.
outlook-classic-incoming = Posta in arrivo: server `{ $host }`, porta `{ $port }`, metodo di crittografia `{ $encryption }`. Lascia deselezionato `Richiedi l'accesso con autenticazione password di protezione (SPA)` (Require logon using Secure Password Authentication (SPA)).
outlook-classic-outgoing = Posta in uscita: server `{ $host }`, porta `{ $port }`, metodo di crittografia `{ $encryption }`. Lascia SPA deselezionato.
outlook-classic-password = Scegli `Avanti` e incolla la tua password specifica per l’app quando Outlook la chiede.
outlook-classic-account-settings =
    Poi apri `File > Impostazioni account > Impostazioni account` e fai doppio clic sull’account. { $username_is_address ->
        [yes] Controlla che `Nome utente` (User Name) sia `{ $username }`.
       *[no] Imposta `Nome utente` (User Name) su `{ $username }`.
    } In `Altre impostazioni > Server della posta in uscita` (More Settings > Outgoing Server) seleziona `Il server della posta in uscita (SMTP) richiede l'autenticazione` (My outgoing server (SMTP) requires authentication){ $same_username ->
        [yes] {" "}con `Usa le stesse impostazioni del server della posta in arrivo` (Use same settings as my incoming mail server).
       *[no] , scegli `Accedi con` (Log on using), nome utente `{ $smtp_username }` e la tua password specifica per l’app.
    }

outlook-mac-open = Apri `Outlook > Impostazioni > Account` (Outlook > Settings > Accounts), scegli `+` e `Nuovo account`.
outlook-mac-type = Digita `{ $email }` e scegli `IMAP/POP` quando ti viene chiesto il provider.
outlook-mac-account = Tipo `IMAP`, nome utente IMAP `{ $username }` e la tua password specifica per l’app.
outlook-mac-incoming = Server in arrivo `{ $host }`: seleziona `Usa SSL per la connessione` (Use SSL to connect) e `Ignora porta predefinita` (Override default port), porta `{ $port }`.
outlook-mac-outgoing =
    Nome utente SMTP `{ $username }` e la tua password specifica per l’app; server in uscita `{ $host }`: seleziona `Ignora porta predefinita` (Override default port), porta `{ $port }`, e seleziona `Usa SSL per la connessione` (Use SSL to connect). { $security ->
        [starttls] In Outlook per Mac questa casella significa «cifra la connessione»: sulla porta 587 Outlook cifra con STARTTLS, ed è proprio ciò che iCloud si aspetta lì.
       *[tls] Su questa porta la connessione è cifrata con SSL/TLS fin dal primo byte.
    }
outlook-mac-add = Scegli `Aggiungi account` (Add Account).

## Il foglio di Outlook da stampare (un file HTML).

sheet-title = Impostazioni di iCloud Mail per { $email }
sheet-editions = Configurare Outlook: nuovo Outlook per Windows, Outlook classico per Windows e Outlook per Mac
sheet-editions-for = Configurare Outlook: nuovo Outlook per Windows, Outlook classico per Windows e Outlook per Mac, preparato per { $name }
sheet-editions-by = Configurare Outlook: nuovo Outlook per Windows, Outlook classico per Windows e Outlook per Mac, preparato da { $org }
sheet-editions-for-by = Configurare Outlook: nuovo Outlook per Windows, Outlook classico per Windows e Outlook per Mac, preparato per { $name } da { $org }
sheet-app-password = Ti serve una `password specifica per l'app`: la password del tuo Account Apple non funziona. Creane una su `{ $site } > Accesso e sicurezza > Password specifiche per le app` (Sign-In and Security > App-Specific Passwords) > Genera (Generate). Ha questo aspetto: `xxxx-xxxx-xxxx-xxxx` (16 lettere). Il tuo Account Apple deve avere l’autenticazione a due fattori attiva.
sheet-your-settings = Le tue impostazioni
sheet-row-email = Indirizzo email
sheet-row-name = Il tuo nome
sheet-row-account-type = Tipo di account
sheet-row-incoming-server = Server della posta in arrivo
sheet-row-incoming-port = Porta in arrivo
sheet-row-incoming-encryption = Crittografia in arrivo
sheet-row-incoming-username = Nome utente in arrivo
sheet-row-outgoing-server = Server della posta in uscita (SMTP)
sheet-row-outgoing-port = Porta in uscita
sheet-row-outgoing-encryption = Crittografia in uscita
sheet-row-outgoing-username = Nome utente in uscita
sheet-row-password = Password (entrambi i server)
sheet-row-spa = Autenticazione password di protezione (SPA)
sheet-row-smtp-auth = Il server in uscita richiede l’autenticazione
sheet-row-sent-folder = Cartella della posta inviata
sheet-value-password = la tua password specifica per l’app
sheet-value-spa = Disattivata (lascia deselezionato)
sheet-value-yes = Sì
sheet-traps = Errori frequenti
sheet-trap-password = Un errore di accesso significa quasi sempre che è stata usata la password dell’Account Apple invece di una password specifica per l’app. Se cambi la password del tuo Account Apple, tutte le password specifiche per le app vengono revocate; in quel caso creane una nuova.
sheet-trap-username-same = Usa `{ $username }` come nome utente per entrambi i server.
sheet-trap-username-different = I due server usano nomi utente diversi: `{ $imap_username }` per la posta in arrivo e `{ $smtp_username }` per quella in uscita.
sheet-trap-custom-domain = Il tuo indirizzo `{ $email }` è sul tuo dominio, ma iCloud accede con il tuo indirizzo iCloud principale, non con questo.
sheet-trap-starttls = La porta `{ $port }` usa `STARTTLS`, non SSL/TLS; dove un’app ti lascia scegliere, SSL/TLS su questa porta non funziona e dà errori come «wrong version number». Se la tua rete la blocca, usa invece la porta `465` con `SSL/TLS`.
sheet-trap-tls = La posta in uscita usa la porta `{ $port }` con `SSL/TLS` fin dal primo byte, non STARTTLS. (La porta 587 documentata da iCloud richiede STARTTLS; la porta `{ $port }` serve alle reti che bloccano la 587.)
sheet-trap-spa = Lascia disattivata l’autenticazione password di protezione (SPA): iCloud non la supporta.
sheet-trap-folders = iCloud tiene la posta inviata nella cartella `{ $sent }` e quella eliminata in `Deleted Messages`.
sheet-footer = Valori dalla documentazione di Apple, `{ $url }`. Creato con Assistente iCloud Mail.
