// First start: what Rapport is, and three ways to begin.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/api';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/useToast';

export function WelcomeEmptyState({ onAddContact }: { onAddContact: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const [loading, setLoading] = useState(false);

  const loadSample = async () => {
    setLoading(true);
    try {
      const loaded = await api.sample.load({});
      toast.show({ message: t('welcome.sampleLoaded', loaded) });
    } catch (error) {
      toast.show({
        message: t('common.error', { message: (error as Error).message }),
        tone: 'error',
      });
      setLoading(false);
    }
  };

  return (
    <div className="page welcome">
      <div className="welcome-card">
        <div className="welcome-mark" aria-hidden="true">
          <Icon name="sparkle" size={30} />
        </div>
        <h1>{t('welcome.title')}</h1>
        <p>{t('welcome.body')}</p>
        <div className="welcome-actions">
          <Button variant="primary" icon="plus" onClick={onAddContact}>
            {t('welcome.addFirst')}
          </Button>
          <Button icon="upload" onClick={() => void navigate('/import')}>
            {t('welcome.import')}
          </Button>
          <Button icon="sparkle" onClick={() => void loadSample()} disabled={loading}>
            {loading ? t('welcome.sampleLoading') : t('welcome.sample')}
          </Button>
        </div>
      </div>
    </div>
  );
}
