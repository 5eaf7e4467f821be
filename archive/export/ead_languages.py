"""The ISO 639-2 codes EAD 2002's schema allows in ``@langcode`` (ead.xsd, 200804 release, by the
Society of American Archivists and the Library of Congress, published for free use by the EAD
community), written out of tests/schemas/ead.xsd. A code outside it — `zxx` (no linguistic content),
added to ISO 639-2 in 2006 — is not a langcode there."""

EAD_LANGCODES = frozenset(
    (
        "aar abk ace ach ada ady afa afh afr aka akk alb ale alg amh ang apa ara arc arg arm arn arp art "
        "arw asm ast ath aus ava ave awa aym aze bad bai bak bal bam ban baq bas bat bej bel bem ben ber "
        "bho bih bik bin bis bla bnt bod bos bra bre btk bua bug bul bur bur byn cad cai car cat cau ceb "
        "cel ces cha chb che chg chi chk chm chn cho chp chr chu chv chy cmc cop cor cos cpe cpf cpp cre "
        "crh crp csb cus cym cze cze dak dan dar day del den deu dgr din div doi dra dsb dua dum dut dut "
        "dyu dzo efi egy eka ell elx eng enm epo est eus eus ewe ewo fan fao fas fat fij fil fin fiu fon "
        "fra fre frm fro fry ful fur gaa gay gba gem geo ger gez gil gla gle glg glv gmh goh gon gor got "
        "grb grc gre gre grn guj gwi hai hat hau haw heb her hil him hin hit hmn hmo hrv hsb hun hup hye "
        "iba ibo ice ice ido iii ijo iku ile ilo ina inc ind ine inh ipk ira iro isl ita jav jbo jpn jpr "
        "jrb kaa kab kac kal kam kan kar kas kat kau kaw kaz kbd kha khi khm kho kik kin kir kmb kok kom "
        "kon kor kos kpe krc kro kru kua kum kur kut lad lah lam lao lat lav lez lim lin lit lol loz ltz "
        "lua lub lug lui lun luo lus mac mad mag mah mai mak mal man mao mao map mar mas may mdf mdr men "
        "mga mic min mis mkd mkh mlg mlt mnc mni mno moh mol mon mos mri msa mul mun mus mwl mwr mya myn "
        "myv nah nai nap nau nav nbl nde ndo nds nep new nia nic niu nld nno nob nog non nor nso nub nwc "
        "nya nym nyn nyo nzi oci oji ori orm osa oss ota oto paa pag pal pam pan pap pau peo per phi phn "
        "pli pol pon por pra pro pus que raj rap rar roa roh rom ron rum run rus sad sag sah sai sal sam "
        "san sas sat scc scn sco scr sel sem sga sgn shn sid sin sio sit sla slk slo slv sma sme smi smj "
        "smn smo sms sna snd snk sog som son sot spa sqi srd srp srr ssa ssw suk sun sus sux swa swe syr "
        "tah tai tam tat tel tem ter tet tgk tgl tha tib tib tig tir tiv tkl tlh tli tmh tog ton tpi tsi "
        "tsn tso tuk tum tup tur tut tvl twi tyv udm uga uig ukr umb und urd uzb vai ven vie vol vot wak "
        "wal war was wel wen wln wol xal xho yao yap yid yor ypk zap zen zha zho znd zul zun "
    ).split()
)
