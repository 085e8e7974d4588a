import { CategoryScoringSchema, type CategoryScoring } from '../../shared/award/award.schema';
import { TEMPLATE_FORMAT, type Template } from '../../shared/award/template.schema';
import type { RubricLevel } from '../../shared/award/award.schema';
import { listProvinces, regionNominees } from './regions.service';

type DemoCriterion = Template['categories'][number]['criteria'][number];

const KALTIM = '64';
/** PINs of the demo jurors, in order; documented in the README. */
export const DEMO_PINS = ['1111', '2222', '3333', '4444', '5555'] as const;

const levels = (d: [string, string, string, string]): RubricLevel[] => [
  { label: 'Sangat baik', min: 86, max: 100, descriptor: d[0] },
  { label: 'Baik', min: 71, max: 85, descriptor: d[1] },
  { label: 'Cukup', min: 56, max: 70, descriptor: d[2] },
  { label: 'Kurang', min: 1, max: 55, descriptor: d[3] },
];

const judged = (
  id: string,
  name: string,
  weight: number,
  description: string,
  d: [string, string, string, string],
): DemoCriterion => ({
  id,
  name,
  description,
  weight,
  kind: 'judged',
  scale: { min: 1, max: 100, step: 1 },
  unit: '',
  direction: 'higher',
  rubric: levels(d),
  rule: null,
});

const indicator = (
  id: string,
  name: string,
  weight: number,
  description: string,
  unit = '%',
  direction: 'higher' | 'lower' = 'higher',
): DemoCriterion => ({
  id,
  name,
  description,
  weight,
  kind: 'indicator',
  scale: { min: 0, max: 100, step: 0.01 },
  unit,
  direction,
  rubric: [],
  rule: null,
});

const category = (
  id: string,
  name: string,
  description: string,
  criteria: DemoCriterion[],
  scoring: Partial<CategoryScoring> = {},
) => ({
  id,
  name,
  description,
  criteria,
  scoring: CategoryScoringSchema.parse(scoring),
});

/** "Apresiasi Program Prioritas 2024" for Kalimantan Timur: 10 kab/kota, 9 categories, 5 jurors. */
export function demoTemplate(): Template {
  const province = listProvinces().find((p) => p.code === KALTIM);
  const nominees = regionNominees(
    KALTIM,
    false,
    (province?.regencies ?? []).map((r) => r.code),
  );
  const all = nominees.map((n) => n.id);
  const categories = [
    category(
      'akun-belajar',
      'Pemda paling optimal dalam pemanfaatan akun belajar',
      'Pemanfaatan akun belajar.id oleh guru dan peserta didik.',
      [
        indicator(
          'akun-aktivasi',
          'Persentase aktivasi akun belajar.id',
          40,
          'Akun aktif dibanding akun yang diterbitkan.',
        ),
        judged(
          'akun-strategi',
          'Strategi pendampingan pemanfaatan akun',
          60,
          'Kebijakan, sosialisasi dan pendampingan satuan pendidikan.',
          [
            'Ada kebijakan tertulis, pendampingan rutin ke semua jenjang, dan bukti dampak.',
            'Ada kebijakan dan pendampingan di sebagian besar jenjang.',
            'Sosialisasi ada, pendampingan belum terencana.',
            'Belum ada strategi yang terlihat.',
          ],
        ),
      ],
    ),
    category(
      'perencanaan-data',
      'Dukungan terbaik perencanaan berbasis data',
      'Pemanfaatan Rapor Pendidikan dalam perencanaan daerah.',
      [
        judged(
          'pbd-dokumen',
          'Rapor Pendidikan dalam dokumen perencanaan',
          50,
          'RKPD/Renja memuat indikator Rapor Pendidikan.',
          [
            'Indikator prioritas dipakai di RKPD dan Renja, lengkap dengan target.',
            'Indikator dipakai di Renja, target belum lengkap.',
            'Disebut dalam dokumen, belum menjadi dasar program.',
            'Tidak tampak dalam dokumen perencanaan.',
          ],
        ),
        judged(
          'pbd-pendampingan',
          'Pendampingan PBD satuan pendidikan',
          50,
          'Dukungan dinas bagi sekolah menyusun RKAS berbasis data.',
          [
            'Semua jenjang didampingi, ada monitoring hasil.',
            'Sebagian besar jenjang didampingi.',
            'Pendampingan terbatas.',
            'Belum ada pendampingan.',
          ],
        ),
      ],
    ),
    category('capaian-spm', 'Capaian SPM pendidikan terbaik', 'Capaian Standar Pelayanan Minimal bidang pendidikan.', [
      indicator('spm-indeks', 'Indeks capaian SPM pendidikan', 70, 'Nilai capaian SPM dari laporan resmi.'),
      judged('spm-strategi', 'Strategi percepatan capaian SPM', 30, 'Langkah daerah menutup kesenjangan layanan.', [
        'Strategi terukur dengan anggaran dan penanggung jawab.',
        'Strategi ada, sebagian terukur.',
        'Strategi umum tanpa ukuran.',
        'Tidak ada strategi.',
      ]),
    ]),
    category(
      'anggaran-spm',
      'Proporsi anggaran SPM pendidikan terbaik',
      'Porsi anggaran pendidikan untuk pemenuhan SPM.',
      [
        indicator(
          'anggaran-porsi',
          'Proporsi anggaran SPM terhadap anggaran pendidikan',
          100,
          'Persentase dari APBD bidang pendidikan.',
        ),
      ],
    ),
    category('ppdb', 'Respons PPDB terbaik', 'Tindak lanjut pelaksanaan Penerimaan Peserta Didik Baru.', [
      judged('ppdb-regulasi', 'Regulasi dan sosialisasi PPDB', 40, 'Petunjuk teknis tepat waktu dan mudah diakses.', [
        'Juknis terbit tepat waktu, disosialisasikan luas, ada kanal pengaduan.',
        'Juknis tepat waktu, sosialisasi terbatas.',
        'Juknis terlambat.',
        'Tidak ada juknis daerah.',
      ]),
      judged('ppdb-pengaduan', 'Penanganan pengaduan PPDB', 60, 'Kecepatan dan ketuntasan tindak lanjut pengaduan.', [
        'Semua pengaduan ditindaklanjuti dan dilaporkan terbuka.',
        'Sebagian besar ditindaklanjuti.',
        'Tindak lanjut lambat.',
        'Tidak ada mekanisme pengaduan.',
      ]),
    ]),
    category(
      'survei-lingkungan',
      'Pengisian survei lingkungan belajar tertinggi',
      'Persentase satuan pendidikan yang menuntaskan survei, per jenjang.',
      [
        indicator('survei-sd', 'Penyelesaian survei jenjang SD', 50, 'Satuan pendidikan SD yang menuntaskan survei.'),
        indicator(
          'survei-smp',
          'Penyelesaian survei jenjang SMP',
          50,
          'Satuan pendidikan SMP yang menuntaskan survei.',
        ),
      ],
    ),
    category(
      'inovasi-ats',
      'Inovasi penanganan anak tidak sekolah (ATS) terbaik',
      'Inovasi dan penurunan jumlah anak tidak sekolah.',
      [
        indicator('ats-penurunan', 'Penurunan jumlah ATS', 40, 'Penurunan dibanding tahun sebelumnya.'),
        judged(
          'ats-inovasi',
          'Kebaruan dan dampak inovasi ATS',
          60,
          'Program pendataan, penjangkauan dan pengembalian ATS.',
          [
            'Inovasi baru, berdampak terukur, dan dapat direplikasi.',
            'Inovasi berdampak, dokumentasi terbatas.',
            'Program rutin tanpa kebaruan.',
            'Belum ada program.',
          ],
        ),
      ],
    ),
    category(
      'literasi-numerasi',
      'Aksi nyata literasi dan numerasi',
      'Gerakan daerah meningkatkan literasi dan numerasi.',
      [
        judged('litnum-program', 'Program literasi dan numerasi', 60, 'Program daerah dan keterlibatan sekolah.', [
          'Program menyeluruh dengan sasaran dan pemantauan hasil.',
          'Program berjalan di sebagian sekolah.',
          'Kegiatan insidental.',
          'Belum ada program.',
        ]),
        judged('litnum-dampak', 'Bukti peningkatan hasil belajar', 40, 'Perubahan capaian literasi dan numerasi.', [
          'Capaian naik signifikan dan konsisten.',
          'Capaian naik sedikit.',
          'Capaian tetap.',
          'Capaian turun atau tidak ada data.',
        ]),
      ],
    ),
    category(
      'kolaborasi-mitra',
      'Kolaborasi mitra pembangunan pendidikan terbaik',
      'Kemitraan dengan organisasi, dunia usaha dan perguruan tinggi.',
      [
        judged(
          'mitra-cakupan',
          'Cakupan dan keberlanjutan kemitraan',
          100,
          'Jumlah mitra, perjanjian kerja sama dan keberlanjutan.',
          [
            'Banyak mitra dengan perjanjian tertulis dan program berkelanjutan.',
            'Beberapa mitra dengan perjanjian.',
            'Kerja sama informal.',
            'Belum ada kemitraan.',
          ],
        ),
      ],
    ),
  ];
  return {
    format: TEMPLATE_FORMAT,
    programme: {
      name: 'Apresiasi Program Prioritas 2024',
      organiser: 'Balai Penjaminan Mutu Pendidikan Provinsi Kalimantan Timur',
      place: 'Samarinda',
      startDate: '2024-11-25',
      endDate: '2024-11-27',
      decisionDate: '2024-11-27',
      decisionPlace: 'Samarinda',
    },
    signatories: [
      {
        id: 'ttd-kepala',
        name: 'Dr. Hendra Wijaya, M.Pd.',
        title: 'Kepala BPMP Provinsi Kalimantan Timur',
        position: 'Penanggung Jawab',
      },
      {
        id: 'ttd-ketua',
        name: 'Prof. Dr. Siti Rahmawati, M.Pd.',
        title: 'Universitas Mulawarman',
        position: 'Ketua Dewan Juri',
      },
    ],
    nominees,
    categories: categories.map((c) => ({ ...c, nomineeIds: all })),
    jurors: [
      {
        id: 'juri-1',
        name: 'Prof. Dr. Siti Rahmawati, M.Pd.',
        title: 'Guru Besar, Universitas Mulawarman',
        role: 'ketua',
        conflicts: [],
      },
      {
        id: 'juri-2',
        name: 'Dra. Maria Ulfa, M.Si.',
        title: 'Widyaprada Ahli Madya, BPMP Kaltim',
        role: 'sekretaris',
        conflicts: [],
      },
      {
        id: 'juri-3',
        name: 'Drs. Bambang Sutrisno, M.M.',
        title: 'Pengawas Sekolah',
        role: 'anggota',
        conflicts: [{ nomineeId: 'wil-64.72', reason: 'Pegawai Dinas Pendidikan Kota Samarinda' }],
      },
      {
        id: 'juri-4',
        name: 'Rina Marlina, S.Pd., M.Pd.',
        title: 'Perwakilan Dewan Pendidikan',
        role: 'anggota',
        conflicts: [],
      },
      {
        id: 'juri-5',
        name: 'Ahmad Fauzi, S.T., M.T.',
        title: 'Mitra Pembangunan Pendidikan',
        role: 'anggota',
        conflicts: [{ nomineeId: 'wil-64.71', reason: 'Keluarga bekerja di Pemkot Balikpapan' }],
      },
    ],
  };
}
