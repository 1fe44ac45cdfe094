/* po-demo-names.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * German names for the demo workspace: companies built from realistic
 * parts ("Müller Logistik GmbH", "Nordlicht Analytics AG", "Bäckerei
 * Schmidt KG"), people, entities, departments and touchpoint notes. The
 * demo's content is German like the product's seeds; it is data, not
 * interface text, so it is not translated.
 */

#define G_LOG_DOMAIN "po-demo"

#include "config.h"

#include <string.h>

#include "po-demo-private.h"

static const char * const surnames[] = {
  "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
  "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf",
  "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hartmann", "Lange",
  "Schmitt", "Werner", "Schmitz", "Krause", "Meier", "Lehmann", "Schulze", "Maier",
  "Köhler", "Herrmann", "König", "Walter", "Huber", "Kaiser", "Fuchs", "Peters",
  "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Schubert", "Vogel",
  "Friedrich", "Keller", "Günther", "Frank", "Berger", "Winkler", "Roth", "Beck",
  "Lorenz", "Baumann", "Franke", "Albrecht", "Schuster", "Simon", "Ludwig", "Böhm",
  "Winter", "Kraus", "Schumacher", "Krämer", "Vogt", "Stein", "Jäger", "Otto",
  "Sommer", "Groß", "Seidel", "Heinrich", "Brandt", "Haas", "Schreiber", "Graf",
  "Dietrich", "Ziegler", "Kuhn", "Pohl", "Engel", "Horn", "Busch", "Bergmann",
  "Voigt", "Sauer", "Arnold", "Pfeiffer", "Lindner", "Ebert", "Kessler", "Brinkmann",
};

static const char * const first_names[] = {
  "Anna", "Lukas", "Eva", "Jonas", "Katrin", "Felix", "Sabine", "Stefan", "Julia", "Markus",
  "Laura", "Thomas", "Nina", "Michael", "Lena", "Andreas", "Sarah", "Christian", "Miriam",
  "Florian", "Claudia", "Daniel", "Petra", "Sebastian", "Hannah", "Matthias", "Carina",
  "Alexander", "Melanie", "Philipp", "Ayşe", "Mehmet", "Olga", "Piotr", "Elif", "Dirk",
  "Susanne", "Kai", "Franziska", "Tim", "Birgit", "Jan", "Christina", "Ralf", "Nadine",
  "Oliver", "Ute", "Benedikt", "Svenja", "Heiko",
};

typedef struct
{
  const char *word;
  const char *industry;
} Trade;

/* "Müller Logistik GmbH" */
static const Trade branches[] = {
  { "Logistik", "logistik" }, { "Maschinenbau", "industrie" }, { "Elektrotechnik", "industrie" },
  { "Bau", "bau" }, { "Immobilien", "immobilien" }, { "Steuerberatung", "beratung" },
  { "Consulting", "beratung" }, { "Medizintechnik", "gesundheit" }, { "Spedition", "logistik" },
  { "Metallbau", "industrie" }, { "Haustechnik", "handwerk" }, { "Software", "software" },
  { "Handel", "handel" }, { "Verpackung", "industrie" }, { "Druck", "industrie" },
  { "Automotive", "industrie" }, { "Kunststofftechnik", "industrie" }, { "Lebensmittel", "handel" },
  { "Energie", "energie" }, { "Personalservice", "dienstleistung" },
  { "Gebäudereinigung", "dienstleistung" }, { "Holzbau", "handwerk" }, { "Optik", "handel" },
  { "Pharma", "gesundheit" }, { "Transporte", "logistik" }, { "Feinkost", "handel" },
  { "Systemhaus", "software" }, { "Landtechnik", "industrie" }, { "Anlagenbau", "industrie" },
  { "Facility Services", "dienstleistung" },
};

/* "Nordlicht Analytics AG" */
static const char * const brand_heads[] = {
  "Nordlicht", "Alpen", "Rhein", "Elb", "Isar", "Spree", "Main", "Weser", "Hanse", "Donau",
  "Neckar", "Mosel", "Harz", "Taunus", "Küsten", "Sonnen", "Stern", "Falken", "Adler",
  "Eichen", "Linden", "Silber", "Blau", "Nord", "Süd", "Bergwerk", "Quell", "Leucht", "Wald",
  "Feld",
};

static const char * const brand_tails[] = {
  "", "", "", "blick", "werk", "stein", "feld", "tal", "hof", "bach",
};

static const Trade brand_kinds[] = {
  { "Analytics", "software" }, { "Solutions", "software" }, { "Systems", "industrie" },
  { "Digital", "software" }, { "Energy", "energie" }, { "Medical", "gesundheit" },
  { "Robotics", "industrie" }, { "Cloud", "software" }, { "Labs", "software" },
  { "Finance", "finanzen" }, { "Mobility", "logistik" }, { "Foods", "handel" },
  { "Media", "medien" }, { "Capital", "finanzen" }, { "Health", "gesundheit" },
};

/* "Bäckerei Schmidt KG" */
static const Trade crafts[] = {
  { "Bäckerei", "handwerk" }, { "Autohaus", "handel" }, { "Brauerei", "lebensmittel" },
  { "Druckerei", "handwerk" }, { "Schreinerei", "handwerk" }, { "Metzgerei", "handwerk" },
  { "Gärtnerei", "handwerk" }, { "Weingut", "lebensmittel" }, { "Hotel", "gastgewerbe" },
  { "Reisebüro", "dienstleistung" }, { "Kanzlei", "beratung" }, { "Tischlerei", "handwerk" },
  { "Elektro", "handwerk" }, { "Dachdeckerei", "handwerk" }, { "Malerbetrieb", "handwerk" },
  { "Landhandel", "handel" }, { "Apotheke", "gesundheit" }, { "Praxisklinik", "gesundheit" },
};

static const char * const cities[] = {
  "Hamburg", "Berlin", "München", "Köln", "Frankfurt", "Stuttgart", "Düsseldorf", "Leipzig",
  "Dresden", "Hannover", "Nürnberg", "Bremen", "Essen", "Dortmund", "Bonn", "Münster",
  "Freiburg", "Augsburg", "Kiel", "Rostock", "Mainz", "Erfurt", "Regensburg", "Ulm", "Kassel",
  "Bielefeld", "Würzburg", "Osnabrück", "Lübeck", "Potsdam",
};

typedef struct
{
  const char *key;
  const char *label;
  const char *form;
} Region;

static const Region regions[] = {
  { "at", "Österreich", "GmbH" }, { "ch", "Schweiz", "AG" }, { "nord", "Nord", "GmbH" },
  { "sued", "Süd", "GmbH" }, { "ost", "Ost", "GmbH" }, { "west", "West", "GmbH" },
  { "nl", "Nederland", "B.V." }, { "pl", "Polska", "Sp. z o.o." }, { "cz", "Česko", "s.r.o." },
  { "services", "Services", "GmbH" }, { "holding", "Holding", "GmbH" },
};

static const char * const departments[][2] = {
  { "finance", "Finance" }, { "controlling", "Controlling" }, { "vertrieb", "Vertrieb" },
  { "einkauf", "Einkauf" }, { "personal", "Personal" }, { "operations", "Operations" },
  { "geschaeftsfuehrung", "Geschäftsführung" },
};

static const char * const owners[] = { "Jana", "Tobias", "Leonie", "Murat", "Sophie" };

/* Appends @text to @out as a key: lower case, umlauts transliterated,
 * anything else but letters and digits becomes one dash. */
static void
append_slug (GString    *out,
             const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *rep = NULL;
      char buf[2] = { 0, 0 };

      switch (c)
        {
        case 0xe4: case 0xc4: rep = "ae"; break;
        case 0xf6: case 0xd6: rep = "oe"; break;
        case 0xfc: case 0xdc: rep = "ue"; break;
        case 0xdf: rep = "ss"; break;
        case 0x15f: case 0x15e: rep = "s"; break;
        case 0x10d: case 0x10c: rep = "c"; break;
        default:
          if (c < 0x80 && g_ascii_isalnum ((char) c))
            {
              buf[0] = g_ascii_tolower ((char) c);
              rep = buf;
            }
          break;
        }
      if (rep != NULL)
        g_string_append (out, rep);
      else if (out->len > 0 && out->str[out->len - 1] != '-')
        g_string_append_c (out, '-');
    }
  while (out->len > 0 && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);
}

static const char *
pick_form (GRand     *rand,
           PoSegment  segment)
{
  switch (segment)
    {
    case PO_SEGMENT_ENTERPRISE:
      return po_demo_chance (rand, 0.5) ? "AG" : po_demo_chance (rand, 0.5) ? "SE" : "GmbH";
    case PO_SEGMENT_MID_MARKET:
      return po_demo_chance (rand, 0.6) ? "GmbH" : po_demo_chance (rand, 0.6) ? "GmbH & Co. KG" : "AG";
    case PO_SEGMENT_SMB:
      return po_demo_chance (rand, 0.5) ? "GmbH" : po_demo_chance (rand, 0.5) ? "KG" : "e.K.";
    case PO_SEGMENT_PRODUCT_LED:
    case PO_N_SEGMENTS:
    default:
      return po_demo_chance (rand, 0.8) ? "GmbH" : "UG";
    }
}

void
_po_demo_company_name (PoDemoSim     *sim,
                       PoDemoAccount *account)
{
  GRand *rand = sim->rand;
  g_autoptr(GString) base = g_string_new (NULL);
  g_autoptr(GString) key = g_string_new (NULL);
  const char *form = pick_form (rand, account->segment);
  const char *industry = NULL;
  double style = g_rand_double (rand);

  /* Trades suit small companies, brands larger and product-led ones. */
  if ((account->segment == PO_SEGMENT_SMB && style < 0.4) ||
      (account->segment == PO_SEGMENT_PRODUCT_LED && style < 0.2))
    {
      const Trade *t = &crafts[g_rand_int_range (rand, 0, G_N_ELEMENTS (crafts))];

      g_string_append_printf (base, "%s %s", t->word, PO_DEMO_PICK (rand, surnames));
      industry = t->industry;
    }
  else if ((account->segment == PO_SEGMENT_ENTERPRISE && style < 0.55) ||
           (account->segment == PO_SEGMENT_MID_MARKET && style < 0.35) ||
           account->segment == PO_SEGMENT_PRODUCT_LED)
    {
      const Trade *t = &brand_kinds[g_rand_int_range (rand, 0, G_N_ELEMENTS (brand_kinds))];

      g_string_append_printf (base, "%s%s %s", PO_DEMO_PICK (rand, brand_heads),
                              PO_DEMO_PICK (rand, brand_tails), t->word);
      industry = t->industry;
    }
  else
    {
      const Trade *t = &branches[g_rand_int_range (rand, 0, G_N_ELEMENTS (branches))];

      g_string_append_printf (base, "%s %s", PO_DEMO_PICK (rand, surnames), t->word);
      industry = t->industry;
    }

  append_slug (key, base->str);
  for (guint attempt = 0; g_hash_table_contains (sim->keys, key->str); attempt++)
    {
      /* Same name elsewhere: name the city, then number it. */
      const char *city = PO_DEMO_PICK (rand, cities);

      if (attempt == 0)
        g_string_append_printf (base, " %s", city);
      else
        {
          char *space = strrchr (base->str, ' ');

          g_string_truncate (base, space - base->str);
          g_string_append_printf (base, " %s", city);
        }
      g_string_truncate (key, 0);
      append_slug (key, base->str);
      if (attempt >= 8)
        g_string_append_printf (key, "-%u", attempt);
    }
  g_hash_table_add (sim->keys, g_strdup (key->str));

  account->base_name = g_string_chunk_insert (account->strings, base->str);
  account->key = g_string_chunk_insert (account->strings, key->str);
  g_string_append_printf (base, " %s", form);
  account->name = g_string_chunk_insert (account->strings, base->str);
  account->industry = industry;
}

const char *
_po_demo_person_name (PoDemoSim     *sim,
                      PoDemoAccount *account)
{
  g_autofree char *name = g_strdup_printf ("%s %s", PO_DEMO_PICK (sim->rand, first_names),
                                           PO_DEMO_PICK (sim->rand, surnames));

  return g_string_chunk_insert (account->strings, name);
}

/* Adds the account's next legal entity: the head company first, then
 * regions and subsidiaries. */
void
_po_demo_add_entity (PoDemoSim     *sim,
                     PoDemoAccount *account)
{
  PoDemoEntity entity;
  const Region *region;
  guint n = account->entities->len;

  if (n == 0)
    {
      entity.key = "hq";
      entity.name = account->name;
      entity.label = "Zentrale";
    }
  else
    {
      g_autofree char *name = NULL;
      /* Rotate from a random region so that keys stay unique. */
      guint first = (guint) g_rand_int_range (sim->rand, 0, G_N_ELEMENTS (regions));

      region = &regions[(first + n - 1) % G_N_ELEMENTS (regions)];
      for (guint i = 1; i < account->entities->len; i++)
        if (g_str_equal (g_array_index (account->entities, PoDemoEntity, i).key, region->key))
          {
            region = NULL;
            break;
          }
      if (region == NULL)
        for (guint r = 0; r < G_N_ELEMENTS (regions) && region == NULL; r++)
          {
            gboolean used = FALSE;

            for (guint i = 1; i < account->entities->len; i++)
              used |= g_str_equal (g_array_index (account->entities, PoDemoEntity, i).key,
                                   regions[r].key);
            if (!used)
              region = &regions[r];
          }
      if (region == NULL)
        return;
      name = g_strdup_printf ("%s %s %s", account->base_name, region->label, region->form);
      entity.key = region->key;
      entity.label = region->label;
      entity.name = g_string_chunk_insert (account->strings, name);
    }
  g_array_append_val (account->entities, entity);
}

/* The department (or entity) a track follows. */
static gboolean
track_key_used (PoDemoAccount *account,
                const char    *key)
{
  for (guint t = 0; t < account->tracks->len; t++)
    if (g_str_equal (g_array_index (account->tracks, PoDemoTrack, t).key, key))
      return TRUE;
  return FALSE;
}

/* The department a track follows: Finance first, then one the account
 * does not have yet. */
const char *
_po_demo_department (PoDemoSim      *sim,
                     PoDemoAccount  *account,
                     guint           track_index,
                     const char    **key)
{
  const guint n = G_N_ELEMENTS (departments);
  guint i = 0;

  if (track_index > 0)
    {
      i = 1 + (guint) g_rand_int_range (sim->rand, 0, n - 1);
      for (guint tries = 0; tries < n && track_key_used (account, departments[i][0]); tries++)
        i = 1 + (i % (n - 1));
    }
  *key = departments[i][0];
  return departments[i][1];
}

const char *
_po_demo_owner (PoDemoSim *sim,
                PoSegment  segment)
{
  /* Jana and Tobias look after the large accounts, the others share. */
  if (segment == PO_SEGMENT_ENTERPRISE)
    return owners[g_rand_int_range (sim->rand, 0, 2)];
  if (segment == PO_SEGMENT_PRODUCT_LED)
    return owners[g_rand_int_range (sim->rand, 3, 5)];
  return owners[g_rand_int_range (sim->rand, 0, G_N_ELEMENTS (owners))];
}

static const char * const notes_call[] = {
  "Check-in", "Statusgespräch", "Abstimmung Reporting", "Rückfrage zum Forecast",
  "Kurzer Check-in mit dem Champion", "Telefonat zur Liquiditätsplanung",
};
static const char * const notes_meeting[] = {
  "Workshop Kennzahlen", "Strategiegespräch", "Vor-Ort-Termin", "Roadmap-Abstimmung",
  "Review der Dashboards", "Termin mit der Geschäftsführung",
};
static const char * const notes_email[] = {
  "Release-Hinweise", "Follow-up nach Termin", "Einladung zum Webinar", "Monatsbericht versendet",
  "Tipps zur Budgetplanung", "Umfrage zur Zufriedenheit",
};
static const char * const notes_ticket[] = {
  "Import schlägt fehl", "Frage zu Berechtigungen", "Export nach DATEV", "Dashboard lädt langsam",
  "Fehler im Forecast", "SSO-Anbindung", "Abweichung in der Konsolidierung", "Rechnung korrigieren",
};
static const char * const notes_training[] = {
  "Schulung Kernanwender", "Admin-Schulung", "Webinar: Erste Schritte", "Schulung neues Team",
  "Power-User-Training",
};
static const char * const notes_in_app[] = {
  "Onboarding-Checkliste abgeschlossen", "Feature-Tour Forecast", "In-App-Umfrage",
  "Hinweis: neue Funktion", "Tipp: Szenarien vergleichen",
};

const char *
_po_demo_touchpoint_note (PoDemoSim        *sim,
                          PoDemoAccount    *account,
                          PoTouchpointKind  kind,
                          PoDay             on)
{
  GRand *rand = sim->rand;

  switch (kind)
    {
    case PO_TOUCHPOINT_CALL:
      return PO_DEMO_PICK (rand, notes_call);
    case PO_TOUCHPOINT_MEETING:
      return PO_DEMO_PICK (rand, notes_meeting);
    case PO_TOUCHPOINT_EMAIL:
      return PO_DEMO_PICK (rand, notes_email);
    case PO_TOUCHPOINT_QBR:
      {
        int y, m;
        char buf[32];

        po_day_to_ymd (on, &y, &m, NULL);
        g_snprintf (buf, sizeof buf, "QBR Q%d %d", (m - 1) / 3 + 1, y);
        return g_string_chunk_insert_const (account->strings, buf);
      }
    case PO_TOUCHPOINT_TICKET:
      return PO_DEMO_PICK (rand, notes_ticket);
    case PO_TOUCHPOINT_TRAINING:
      return PO_DEMO_PICK (rand, notes_training);
    case PO_TOUCHPOINT_IN_APP:
    default:
      return PO_DEMO_PICK (rand, notes_in_app);
    }
}
