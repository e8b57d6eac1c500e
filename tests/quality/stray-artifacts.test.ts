/**
 * No stray artifacts in either example site (no source maps, no HTML comments with text, nothing from public/ that
 * no page uses, no image metadata), and each kind is found when planted in a site.
 */
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { EXAMPLE_INTERNAL, EXAMPLE_PUBLIC } from '../helpers/example-site.ts';
import { ROOT } from '../helpers/run.ts';
import { imageMetadata } from './image-metadata.ts';
import { strayArtifacts } from './stray-artifacts.ts';
import { tempFolder } from '../helpers/fixture.ts';

const { sites } = openHandbook(join(ROOT, 'content')).handbook!.config;

const image = () => sharp({ create: { width: 4, height: 4, channels: 3, background: '#c33' } });

describe('stray artifacts', () => {
	it.each([
		['internal', EXAMPLE_INTERNAL, sites.internal],
		['public', EXAMPLE_PUBLIC, sites.public],
	])('are absent from the example %s site', (_site, dir, siteUrl) => {
		expect(strayArtifacts(dir, { publicDir: join(ROOT, 'public'), siteUrl })).toEqual([]);
	});

	it('are each found when planted in a site', async () => {
		const photo = await image()
			.jpeg()
			.withExif({ IFD0: { Artist: 'Sam Rivera' } })
			.toBuffer();
		const png = await image().png().toBuffer();
		const files = {
			'favicon.ico': 'ico',
			'used.svg': '<svg/>',
			'forgotten.pdf': 'pdf',
			'photo.jpg': photo,
			'card.png': png,
		};
		const dir = tempFolder({
			...files,
			'index.html':
				'<!doctype html><title>t</title><!-- ask Sam before publishing --><!----><link rel="icon" href="/used.svg"><img src="/photo.jpg" alt=""><img src="/card.png" alt="">',
			'_astro/app.js': 'console.log(1);\n//# sourceMappingURL=app.js.map',
			'_astro/app.js.map': '{}',
		});
		const publicDir = tempFolder(files);
		expect(strayArtifacts(dir, { publicDir, siteUrl: 'https://status.acme.example' })).toEqual([
			{ file: '_astro/app.js', problem: 'sourceMappingURL reference' },
			{ file: '_astro/app.js.map', problem: 'source map' },
			{ file: 'index.html', problem: 'HTML comment "ask Sam before publishing"' },
			{ file: 'photo.jpg', problem: 'image metadata: JPEG EXIF' },
			{ file: 'forgotten.pdf', problem: 'copied from public/ but no page references it' },
		]);
	});

	it('reads EXIF, XMP and text chunks from JPEG, PNG and WebP', async () => {
		expect(
			imageMetadata(
				await image()
					.png()
					.withExif({ IFD0: { Artist: 'x' } })
					.toBuffer()
			)
		).toContain('PNG eXIf');
		expect(
			imageMetadata(
				await image()
					.webp()
					.withExif({ IFD0: { Artist: 'x' } })
					.toBuffer()
			)
		).toEqual(['WebP EXIF']);
		expect(
			imageMetadata(
				await image().jpeg().withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"></x:xmpmeta>').toBuffer()
			)
		).toEqual(['JPEG XMP']);
		expect(imageMetadata(await image().jpeg().toBuffer())).toEqual([]);
	});
});
